using System.Globalization;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training.Funds;

/// <summary>
/// Turns a reconciled statement into flags, each opening a problem in the ledger: balance below the
/// minimum, a purchase above the limit, a refund waiting too long, collection without approved fees,
/// and an institution with approved fees but no custody account. A finding already flagged is not flagged again.
/// Adds to the DbContext only; the importer saves.
/// </summary>
internal sealed class FundFlagging(AppDbContext db, RuleService rules, ProblemIntake problems, TimeProvider clock)
{
    private const string Category = "预收费资金监管";
    private readonly Dictionary<(string, string), int> _rules = [];
    private readonly List<FundFlag> _raised = [];

    public IReadOnlyList<FundFlag> Raised => _raised;

    public async Task CheckAsync(FundStatement s, Institution institution, bool hasApprovedFees, CancellationToken ct)
    {
        var key = $"{s.Uscc}:{s.Period}";
        if (s.Balance < s.MinimumBalance)
        {
            await RaiseAsync(institution, FundFlagKinds.BelowMinimum, key, s.Period,
                $"{s.Period} 期末余额 {Yuan(s.Balance)} 元，低于最低余额 {Yuan(s.MinimumBalance)} 元", ProblemSeverities.High, ct);
        }
        var (lessons, months) = (await RuleAsync(TrainingRules.PurchaseLessons, institution, ct), await RuleAsync(TrainingRules.PurchaseMonths, institution, ct));
        if (s.MaxPurchaseLessons > lessons || s.MaxPurchaseMonths > months)
        {
            await RaiseAsync(institution, FundFlagKinds.OverPurchaseLimit, key, s.Period,
                $"{s.Period} 单笔收费最多 {s.MaxPurchaseLessons?.ToString(CultureInfo.InvariantCulture) ?? "—"} 课时、{s.MaxPurchaseMonths?.ToString(CultureInfo.InvariantCulture) ?? "—"} 个月，超过 {lessons} 课时或 {months} 个月的上限",
                ProblemSeverities.Medium, ct);
        }
        var refundDays = await RuleAsync(TrainingRules.RefundDays, institution, ct);
        if (s.OldestRefundDays > refundDays)
        {
            await RaiseAsync(institution, FundFlagKinds.RefundOverdue, key, s.Period,
                $"{s.Period} 有退费申请已等待 {s.OldestRefundDays} 天，超过 {refundDays} 天的办理时限", ProblemSeverities.Medium, ct);
        }
        if (s.Collected > 0 && !hasApprovedFees)
        {
            await RaiseAsync(institution, FundFlagKinds.UnfiledCharging, key, s.Period,
                $"{s.Period} 收取培训费 {Yuan(s.Collected)} 元，但收费标准尚未备案通过", ProblemSeverities.High, ct);
        }
    }

    /// <summary>An institution that may charge (approved fees) with no custody account on record.</summary>
    public Task NoCustodyAsync(Institution institution, CancellationToken ct) =>
        RaiseAsync(institution, FundFlagKinds.NoCustodyAccount, institution.Id, null,
            "收费标准已备案，但未登记预收费资金监管账户", ProblemSeverities.Medium, ct);

    private async Task RaiseAsync(Institution institution, string kind, string key, string? period, string message, string severity, CancellationToken ct)
    {
        var flagKey = $"{kind}:{key}";
        if (_raised.Any(f => f.Key == flagKey) || await db.Set<FundFlag>().IgnoreQueryFilters().AnyAsync(f => f.Key == flagKey, ct)) return;
        var flag = new FundFlag
        {
            RegionCode = institution.RegionCode, TargetId = institution.Id, Kind = kind, Key = flagKey, Period = period, Message = message,
            RaisedAt = clock.GetUtcNow().UtcDateTime,
        };
        var problem = await problems.OpenAsync(new NewProblem(TargetKinds.Institution, institution.Id, null, institution.RegionCode,
            ProblemSources.Supervision, flag.Id, Category, severity, $"{FundFlagKinds.Label(kind)}：{message}"), ct);
        flag.ProblemId = problem.Id;
        db.Add(flag);
        _raised.Add(flag);
    }

    private async Task<int> RuleAsync(string key, Institution institution, CancellationToken ct)
    {
        if (!_rules.TryGetValue((key, institution.RegionCode), out var value))
            _rules[(key, institution.RegionCode)] = value = await rules.GetAsync(key, institution.RegionCode, ct);
        return value;
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
