using System.Security.Cryptography;
using System.Text;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Suggestions;

/// <summary>
/// Applies the escalation rules to the ledger and the escalation records in the caller's scope
/// (everything when the daily job runs) and adds new suggestions to the DbContext, for its caller to save:
/// N overdue problems → 约谈; N notices within the window and still unrectified → 约谈;
/// listed supervision past its deadline (plus grace) with problems still open → 问责.
/// A rule does not fire again for a target that has already met that much pressure since the facts arose.
/// </summary>
public sealed class SuggestionEngine(AppDbContext db, RuleService rules, TimeProvider clock)
{
    private readonly Dictionary<(string, string), int> _rules = [];

    public async Task<IReadOnlyList<EscalationSuggestion>> ComputeAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var created = new List<EscalationSuggestion>();
        var open = await db.Set<Problem>().AsNoTracking().Where(p => p.Status != ProblemStatuses.Closed)
            .Select(p => new Fact(p.Id, p.RegionCode, p.TargetKind, p.TargetId, p.TargetName, p.TargetUnit, p.Deadline)).ToListAsync(ct);
        var escalations = await db.Set<EscalationRecord>().AsNoTracking()
            .Select(e => new Pressure(e.Id, e.RegionCode, e.TargetKind, e.TargetId, e.TargetName, e.TargetUnit, e.Level, e.DecidedOn, e.Deadline)).ToListAsync(ct);
        var links = await db.Set<EscalationProblem>().AsNoTracking()
            .Where(l => db.Set<EscalationRecord>().Any(e => e.Id == l.EscalationId && e.Level == EscalationLevels.Listed)).ToListAsync(ct);
        var openByTarget = open.ToLookup(p => p.Target);
        var pressureByTarget = escalations.ToLookup(e => e.Target);

        foreach (var group in open.Where(p => p.Deadline < today).GroupBy(p => p.Target))
        {
            var first = group.First();
            if (group.Count() < await RuleAsync(EscalationRules.OverdueForInterview, first.RegionCode, ct)) continue;
            if (AlreadyPressed(pressureByTarget[group.Key], EscalationLevels.Interview, group.Max(p => p.Deadline))) continue;
            Suggest(created, first, EscalationLevels.Interview, EscalationRules.OverdueForInterview,
                $"{group.Count()} 个问题逾期未整改", group.Select(p => p.Id));
        }

        foreach (var target in escalations.Where(e => e.Level == EscalationLevels.Notice).GroupBy(e => e.Target))
        {
            var first = target.First();
            var since = today.AddDays(-await RuleAsync(EscalationRules.NoticeWindowDays, first.RegionCode, ct));
            var notices = target.Where(n => n.DecidedOn >= since).ToList();
            var unrectified = openByTarget[target.Key].ToList();
            if (notices.Count < await RuleAsync(EscalationRules.NoticesForInterview, first.RegionCode, ct) || unrectified.Count == 0) continue;
            if (AlreadyPressed(pressureByTarget[target.Key], EscalationLevels.Interview, notices.Max(n => n.DecidedOn))) continue;
            Suggest(created, first, EscalationLevels.Interview, EscalationRules.NoticesForInterview,
                $"{notices.Count} 次通报后仍有 {unrectified.Count} 个问题未整改", unrectified.Select(p => p.Id), notices.Select(n => n.Id));
        }

        foreach (var listed in escalations.Where(e => e.Level == EscalationLevels.Listed && e.Deadline is not null))
        {
            if (listed.Deadline!.Value.AddDays(await RuleAsync(EscalationRules.ListedGraceDays, listed.RegionCode, ct)) >= today) continue;
            var linked = links.Where(l => l.EscalationId == listed.Id).Select(l => l.ProblemId).ToHashSet();
            var stillOpen = openByTarget[listed.Target].Where(p => linked.Count == 0 || linked.Contains(p.Id)).ToList();
            if (stillOpen.Count == 0 || AlreadyPressed(pressureByTarget[listed.Target], EscalationLevels.Accountability, listed.DecidedOn)) continue;
            Suggest(created, listed, EscalationLevels.Accountability, EscalationRules.ListedGraceDays,
                $"挂牌督办期满（{listed.Deadline:yyyy-MM-dd}）仍有 {stillOpen.Count} 个问题未整改", stillOpen.Select(p => p.Id), [listed.Id]);
        }

        var bases = created.Select(s => s.Basis).ToList();
        var known = (await db.Set<EscalationSuggestion>().IgnoreQueryFilters().Where(s => bases.Contains(s.Basis)).Select(s => s.Basis).ToListAsync(ct)).ToHashSet();
        created.RemoveAll(s => known.Contains(s.Basis));
        db.AddRange(created);
        return created;
    }

    /// <summary>Has the target met at least <paramref name="level"/> on or after the day the facts arose?</summary>
    private static bool AlreadyPressed(IEnumerable<Pressure> pressures, string level, DateOnly since) =>
        pressures.Any(p => EscalationLevels.Rank(p.Level) >= EscalationLevels.Rank(level) && p.DecidedOn >= since);

    private void Suggest(List<EscalationSuggestion> into, ITarget target, string level, string rule, string reason, IEnumerable<string> problemIds,
        IEnumerable<string>? basisIds = null)
    {
        var problems = problemIds.Order(StringComparer.Ordinal).ToList();
        var facts = string.Join(",", (basisIds ?? problems).Order(StringComparer.Ordinal));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(facts)))[..32];
        into.Add(new EscalationSuggestion
        {
            RegionCode = target.RegionCode, TargetKind = target.TargetKind, TargetId = target.TargetId, TargetName = target.TargetName,
            TargetUnit = target.TargetUnit,
            Level = level, Rule = rule, Reason = reason, Basis = $"{rule}:{hash}", ProblemIds = string.Join(",", problems),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }

    private async Task<int> RuleAsync(string key, string regionCode, CancellationToken ct)
    {
        if (!_rules.TryGetValue((key, regionCode), out var value)) _rules[(key, regionCode)] = value = await rules.GetAsync(key, regionCode, ct);
        return value;
    }

    private interface ITarget
    {
        string RegionCode { get; }
        string TargetKind { get; }
        string TargetId { get; }
        string TargetName { get; }
        string? TargetUnit { get; }
    }

    /// <summary>A target with an id (a registry unit, a department, a region) by its id; a person or an unregistered unit by its name (and unit) within its county.</summary>
    private static string Key(string regionCode, string kind, string id, string name, string? unit) =>
        id.Length > 0 ? $"{kind}:{id}" : $"{kind}:{regionCode}:{name}:{unit}";

    private sealed record Fact(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, string? TargetUnit, DateOnly Deadline)
        : ITarget
    {
        public string Target => Key(RegionCode, TargetKind, TargetId, TargetName, TargetUnit);
    }

    private sealed record Pressure(string Id, string RegionCode, string TargetKind, string TargetId, string TargetName, string? TargetUnit, string Level,
        DateOnly DecidedOn, DateOnly? Deadline) : ITarget
    {
        public string Target => Key(RegionCode, TargetKind, TargetId, TargetName, TargetUnit);
    }
}
