using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Queue;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Handling;

/// <summary>
/// The life of a complaint: accepted (handling deadline starts), investigated (records that may
/// open problems), extended once, replied to, and closed only with findings and a reply (凡举必查).
/// </summary>
public sealed class ComplaintHandling(AppDbContext db, ComplaintHandlers handlers, RoutingTable routes, RoutingNotices routed, RuleService rules, ProblemIntake problems,
    CountyHandover handover, TimeProvider clock)
{
    public async Task AcceptAsync(string id, VersionInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, input.Version, ct);
        if (complaint.Status != ComplaintStatuses.Received) throw DomainException.Conflict("该举报已受理");
        complaint.Status = ComplaintStatuses.Accepted;
        complaint.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        complaint.AcceptedBy = db.User.UserName;
        complaint.HandleDeadline = clock.Today().AddDays(await rules.GetAsync(ComplaintsRules.HandleDays, complaint.RegionCode, ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task ExtendAsync(string id, ExtendInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, input.Version, ct);
        if (complaint.Status != ComplaintStatuses.Accepted) throw DomainException.Conflict("只有办理中的举报可以延期");
        if (complaint.ExtendedDays > 0) throw DomainException.Conflict("办理期限只能延长一次，该举报已延期");
        var max = await rules.GetAsync(ComplaintsRules.ExtensionMaxDays, complaint.RegionCode, ct);
        var errors = new ValidationErrors();
        if (input.Days is not { } days || days < 1 || days > max) errors.Add("days", $"延长天数应为 1–{max} 天");
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add("reason", "请填写延期理由");
        else errors.AddIf("reason", Check.Length(input.Reason, ComplaintLimits.ReasonMax, "延期理由"));
        errors.ThrowIfAny();
        complaint.ExtendedDays = input.Days!.Value;
        complaint.ExtensionReason = input.Reason!.Trim();
        complaint.HandleDeadline = complaint.HandleDeadline!.Value.AddDays(complaint.ExtendedDays);
        await db.SaveChangesAsync(ct);
    }

    /// <returns>The investigation's id and the ids of the problems it opened.</returns>
    public async Task<(string Id, IReadOnlyList<string> ProblemIds)> InvestigateAsync(string id, InvestigationInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, null, ct);
        if (complaint.Status != ComplaintStatuses.Accepted) throw DomainException.Conflict("请先受理该举报，再录入调查核实情况");
        var errors = new ValidationErrors();
        if (input.Date is not { } date) errors.Add("date", "请填写核查日期");
        else if (date > clock.Today()) errors.Add("date", "核查日期不能晚于今天");
        else errors.AddIf("date", DateBounds.Check(date));
        if (!InvestigationMethods.Labels.ContainsKey(input.Method ?? "")) errors.Add("method", Check.NotOneOf("核查方式", InvestigationMethods.Labels.Values));
        if (!InvestigationVerdicts.Labels.ContainsKey(input.Verdict ?? "")) errors.Add("verdict", "请选择核查结论：属实、部分属实或不属实");
        if (string.IsNullOrWhiteSpace(input.Findings)) errors.Add("findings", "请填写调查核实情况");
        else errors.AddIf("findings", Check.Length(input.Findings, ComplaintLimits.FindingsMax, "调查核实情况"));
        errors.ThrowIfAny();

        var opened = new List<Problem>();
        foreach (var found in (input.Problems ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Description)))
        {
            var registered = complaint.MatchedKind is not null;
            opened.Add(await problems.OpenAsync(new NewProblem(
                registered ? complaint.MatchedKind! : "other", complaint.MatchedId, complaint.MatchedName ?? complaint.TargetName,
                complaint.RegionCode, ProblemSources.Complaint, complaint.Id, complaint.Category, found.Severity ?? ProblemSeverities.Medium,
                found.Description!), ct));
        }
        var investigation = new ComplaintInvestigation
        {
            ComplaintId = complaint.Id, RegionCode = complaint.RegionCode, Date = input.Date!.Value, Method = input.Method!,
            Verdict = input.Verdict!, Findings = input.Findings!.Trim(), ProblemIds = string.Join(",", opened.Select(p => p.Id)),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = db.User.UserName,
        };
        db.Add(investigation);
        await db.SaveChangesAsync(ct);
        return (investigation.Id, opened.Select(p => p.Id).ToList());
    }

    /// <summary>The answer the reporter reads on the lookup page; may be revised until the complaint is closed.</summary>
    public async Task ReplyAsync(string id, ReplyInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, input.Version, ct);
        if (complaint.Status != ComplaintStatuses.Accepted) throw DomainException.Conflict("只有办理中的举报可以答复");
        if (string.IsNullOrWhiteSpace(input.Reply)) throw ValidationFailedException.For("reply", "请填写答复内容");
        ValidationFailedException.ThrowIf("reply", Check.Length(input.Reply, ComplaintLimits.ReplyMax, "答复内容"));
        complaint.Reply = input.Reply.Trim();
        complaint.RepliedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>凡举必查: refused without at least one investigation record and a reply.</summary>
    public async Task CloseAsync(string id, VersionInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, input.Version, ct);
        if (complaint.Status != ComplaintStatuses.Accepted) throw DomainException.Conflict("只有办理中的举报可以办结");
        var missing = new List<string>();
        if (!await db.Set<ComplaintInvestigation>().AnyAsync(i => i.ComplaintId == id, ct)) missing.Add("调查核实情况");
        if (string.IsNullOrWhiteSpace(complaint.Reply)) missing.Add("对举报人的答复");
        if (missing.Count > 0) throw DomainException.Conflict($"不能办结：尚无{string.Join("和", missing)}，凡举必查，须查实并答复后办结");
        complaint.Status = ComplaintStatuses.Closed;
        complaint.ClosedAt = clock.GetUtcNow().UtcDateTime;
        complaint.ClosedBy = db.User.UserName;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 不予受理: refuses a received complaint with a reason the reporter reads with the receipt code
    /// (e.g. not the education office's remit, or already decided). Final, like closing.
    /// </summary>
    public async Task RejectAsync(string id, RejectInput input, CancellationToken ct)
    {
        var complaint = await LoadAsync(id, input.Version, ct);
        if (complaint.Status != ComplaintStatuses.Received) throw DomainException.Conflict("只有待受理的举报可以不予受理");
        if (string.IsNullOrWhiteSpace(input.Reason)) throw ValidationFailedException.For("reason", "请填写不予受理的理由（举报人凭回执码可见）");
        ValidationFailedException.ThrowIf("reason", Check.Length(input.Reason, ComplaintLimits.ReasonMax, "不予受理理由"));
        complaint.Status = ComplaintStatuses.Rejected;
        complaint.RejectionReason = input.Reason.Trim();
        complaint.RejectedAt = clock.GetUtcNow().UtcDateTime;
        complaint.RejectedBy = db.User.UserName;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 转办 (the office only): to another department of its county (改派, while not finished), or, while not yet
    /// accepted, to another county's office, which then sees and handles it; every move leaves a
    /// <see cref="ComplaintTransfer"/> the giving office keeps.
    /// </summary>
    public async Task TransferAsync(string id, TransferInput input, CancellationToken ct)
    {
        if (!db.User.Has(ComplaintsPermissions.Handle)) throw DomainException.Forbidden("您没有办理举报的权限");
        var complaint = await db.FindComplaintAsync(id, ct);
        if (!handlers.MayTransfer()) throw DomainException.Forbidden("只有督导室可以转办举报");
        if (input.Version is { } v) db.ExpectVersion(complaint, v);
        if (ComplaintStatuses.IsFinal(complaint.Status)) throw DomainException.Conflict($"{ComplaintStatuses.Label(complaint.Status)}的举报不能转办");
        var reason = input.Reason?.Trim();
        ValidationFailedException.ThrowIf("reason", Check.Length(reason, ComplaintLimits.ReasonMax, "转办理由"));
        var from = (Region: complaint.RegionCode, complaint.Department);
        var toRegion = string.IsNullOrWhiteSpace(input.RegionCode) ? complaint.RegionCode : input.RegionCode.Trim();
        if (toRegion == complaint.RegionCode)
        {
            var department = input.Department?.Trim() ?? "";
            if (await routes.CheckHandlerAsync(complaint.RegionCode, department, ct) is { } error) throw ValidationFailedException.For("department", error);
            if (department == complaint.Department) throw ValidationFailedException.For("department", $"该举报已由“{department}”承办");
            complaint.Department = department;
            await routed.RoutedAsync(complaint, ct);
        }
        else
        {
            if (complaint.Status != ComplaintStatuses.Received) throw DomainException.Conflict("已受理的举报不能转给其他区县，只能改派本地科室");
            if (string.IsNullOrEmpty(reason)) throw ValidationFailedException.For("reason", "转至其他区县须填写转办理由");
            await handover.MoveAsync(complaint, toRegion, ct);
        }
        db.Add(new ComplaintTransfer
        {
            ComplaintId = complaint.Id, RegionCode = from.Region, FromDepartment = from.Department, ToRegionCode = complaint.RegionCode,
            ToDepartment = complaint.Department, Reason = string.IsNullOrEmpty(reason) ? null : reason, TargetName = complaint.TargetName,
            Category = complaint.Category, SubmittedAt = complaint.SubmittedAt, TransferredAt = clock.GetUtcNow().UtcDateTime,
            TransferredBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Complaint> LoadAsync(string id, int? version, CancellationToken ct)
    {
        // Checked here as well as on the routes, so a page's form handler cannot skip it.
        if (!db.User.Has(ComplaintsPermissions.Handle)) throw DomainException.Forbidden("您没有办理举报的权限");
        var complaint = await db.FindComplaintAsync(id, ct);
        if (!await handlers.MayHandleAsync(complaint.RegionCode, complaint.Department, ct))
            throw DomainException.Forbidden($"该举报由“{complaint.Department}”承办，只有承办科室或督导室可以办理");
        if (version is { } v) db.ExpectVersion(complaint, v);
        return complaint;
    }
}
