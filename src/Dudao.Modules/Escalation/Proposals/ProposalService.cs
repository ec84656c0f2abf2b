using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Suggestions;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Proposals;

/// <summary>A department's proposal to escalate: <c>{ targetKind: school|institution, targetId, level, reason, problemIds }</c>.</summary>
public sealed record ProposalInput(string? TargetKind, string? TargetId, string? Level, string? Reason, IReadOnlyList<string>? ProblemIds);

/// <summary>
/// A department proposes (提出建议) an escalation of a school or institution in its scope; the
/// county's supervision office finds it among the suggestions, is told by a notice, and confirms
/// it by recording the escalation or dismisses it. Departments never decide escalations themselves.
/// </summary>
public sealed class ProposalService(AppDbContext db, SupervisionTargets targets, NoticeService notices, TimeProvider clock)
{
    public async Task<SuggestionDto> ProposeAsync(ProposalInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) errors.Add("targetKind", "对象类型应为 school 或 institution");
        if (string.IsNullOrWhiteSpace(input.TargetId)) errors.Add("targetId", "请选择对象");
        errors.AddIf("level", Check.OneOfCodes(input.Level, EscalationLevels.All, "级别"));
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add("reason", "请填写建议理由");
        else errors.AddIf("reason", Check.Length(input.Reason, 2000, "建议理由"));

        var target = await targets.FindAsync(input.TargetKind, input.TargetId, ct);
        if (target is null && !string.IsNullOrWhiteSpace(input.TargetId)) errors.Add("targetId", "对象不存在或不在您的数据范围内");
        var problemIds = (input.ProblemIds ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().Order(StringComparer.Ordinal).ToList();
        var found = await db.Set<Problem>().Where(p => problemIds.Contains(p.Id)).Select(p => new { p.Id, p.TargetId }).ToListAsync(ct);
        foreach (var missing in problemIds.Where(id => found.All(f => f.Id != id))) errors.Add("problemIds", $"问题“{missing}”不存在或不在您的数据范围内");
        foreach (var other in found.Where(f => f.TargetId != input.TargetId)) errors.Add("problemIds", $"问题“{other.Id}”不属于该对象");
        errors.ThrowIfAny();
        var (regionCode, targetName) = (target!.RegionCode, target.Name); // every way to a missing target added an error above

        var id = Core.Ids.New();
        var suggestion = new EscalationSuggestion
        {
            Id = id, RegionCode = regionCode, TargetKind = input.TargetKind!, TargetId = input.TargetId!, TargetName = targetName,
            Level = input.Level!, Rule = EscalationSuggestion.Proposal, Reason = input.Reason!.Trim(),
            // Each proposal stands on its own: its basis is itself, so no rule's facts ever swallow it.
            Basis = $"{EscalationSuggestion.Proposal}:{id}", ProblemIds = string.Join(",", problemIds),
            CreatedAt = clock.GetUtcNow().UtcDateTime, ProposedBy = db.User.UserName,
        };
        db.Add(suggestion);
        await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, regionCode, null), $"科室建议{EscalationLevels.Label(suggestion.Level)}：{targetName}",
            suggestion.Reason, "/staff/escalations/suggestions", $"escalation-proposal:{id}", ct);
        await db.SaveChangesAsync(ct);
        return SuggestionDto.From(suggestion);
    }
}
