using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Issuing;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// Escalation records: list, one record, record a decision (possibly confirming a suggestion) and tell
/// the unit it names, the written reply to a listed supervision, publishing an exposure.
/// </summary>
public sealed class EscalationService(AppDbContext db, RegionDirectory regions, SupervisionTargets targets, EscalationParties parties,
    EscalationIssuer issuer, NoticeService notices, TimeProvider clock)
{
    public async Task<PagedList<EscalationDto>> ListAsync(string? regionCode, string? level, string? targetId, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<EscalationRecord>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(level)) query = query.Where(e => e.Level == level);
        if (!string.IsNullOrWhiteSpace(targetId)) query = query.Where(e => e.TargetId == targetId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.DecidedOn).ThenByDescending(e => e.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var links = await db.Set<EscalationProblem>().Where(l => ids.Contains(l.EscalationId)).ToListAsync(ct);
        var complaintLinks = await db.Set<EscalationComplaint>().Where(l => ids.Contains(l.EscalationId)).ToListAsync(ct);
        var today = clock.Today();
        return new PagedList<EscalationDto>(
            rows.Select(r => EscalationDto.From(r, links.Where(l => l.EscalationId == r.Id).Select(l => l.ProblemId).ToList(),
                complaintLinks.Where(l => l.EscalationId == r.Id).Select(l => l.ComplaintId).ToList(), today)).ToList(),
            total, page.Page, page.PageSize);
    }

    public async Task<EscalationDto> GetAsync(string id, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        return EscalationDto.From(record, await ProblemIdsAsync(id, ct), await ComplaintIdsAsync(id, ct), clock.Today());
    }

    /// <returns>null when the caller may file the reply to this listed supervision, otherwise why not.</returns>
    public async Task<string?> WhyNotReplyAsync(string id, CancellationToken ct) => await parties.WhyNotReplyAsync(await FindAsync(id, ct), ct);

    /// <summary>The record itself, for its document (404 when missing or out of scope).</summary>
    public Task<EscalationRecord> RecordAsync(string id, CancellationToken ct) => FindAsync(id, ct);

    /// <summary>The problems behind an escalation, as the caller may see them.</summary>
    public async Task<IReadOnlyList<Problem>> ProblemsAsync(string id, CancellationToken ct)
    {
        var ids = await ProblemIdsAsync(id, ct);
        return await db.Set<Problem>().AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
    }

    /// <summary>The complaints behind an escalation, as the caller may see them.</summary>
    public async Task<IReadOnlyList<Complaint>> ComplaintsAsync(string id, CancellationToken ct)
    {
        var ids = await ComplaintIdsAsync(id, ct);
        return await db.Set<Complaint>().AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
    }

    public async Task<EscalationDto> CreateAsync(EscalationInput input, CancellationToken ct)
    {
        input = input.OnlyOwnLevel();
        var today = clock.Today();
        var errors = new ValidationErrors();
        foreach (var (field, message) in input.Check(today)) errors.Add(field, message);
        errors.ThrowIfAny();

        var target = await targets.ResolveAsync(new TargetReference(input.TargetKind, input.TargetId, input.TargetName, input.TargetUnit, input.RegionCode), ct);
        var problemIds = (input.ProblemIds ?? []).Distinct().ToList();
        var found = await db.Set<Problem>().Where(p => problemIds.Contains(p.Id))
            .Select(p => new { p.Id, p.TargetKind, p.TargetId, p.TargetName, p.TargetUnit }).ToListAsync(ct);
        foreach (var missing in problemIds.Where(id => found.All(f => f.Id != id)))
            errors.Add("problemIds", $"问题“{missing}”不存在或不在您的数据范围内");
        foreach (var other in found.Where(f => TargetKinds.IsNamed(target.Kind)
                     ? f.TargetKind != target.Kind || f.TargetName != target.Name || f.TargetUnit != target.Unit
                     : f.TargetId != target.Id))
        {
            errors.Add("problemIds", $"问题“{other.Id}”不属于该对象");
        }
        var complaintIds = (input.ComplaintIds ?? []).Distinct().ToList();
        var complaints = await db.Set<Complaint>().Where(c => complaintIds.Contains(c.Id))
            .Select(c => new { c.Id, c.MatchedKind, c.MatchedId }).ToListAsync(ct);
        foreach (var missing in complaintIds.Where(id => complaints.All(c => c.Id != id)))
            errors.Add("complaintIds", $"举报“{missing}”不存在或不在您的数据范围内");
        foreach (var other in complaints.Where(c => c.MatchedKind != target.Kind || c.MatchedId != target.Id))
            errors.Add("complaintIds", $"举报“{other.Id}”不是针对该对象的");
        var suggestion = input.SuggestionId is null ? null
            : await db.Set<EscalationSuggestion>().FirstOrDefaultAsync(s => s.Id == input.SuggestionId, ct) ?? throw DomainException.NotFound("升级建议");
        if (suggestion is { Status: not SuggestionStatuses.Pending }) errors.Add("suggestionId", "该建议已处理");
        errors.ThrowIfAny();

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new EscalationRecord
        {
            RegionCode = target.RegionCode, TargetKind = target.Kind, TargetId = target.Id, TargetName = target.Name, TargetUnit = target.Unit,
            Level = input.Level!, Reason = input.Reason!.Trim(), DecidedOn = input.DecidedOn ?? today,
            NoticeForm = input.NoticeForm, InterviewAt = input.InterviewAt is { } at ? AsUtc(at) : null, InterviewPlace = input.InterviewPlace?.Trim(),
            InterviewAttendees = input.InterviewAttendees?.Trim(), InterviewMinutes = input.InterviewMinutes?.Trim(),
            Requirement = input.Requirement?.Trim(), Deadline = input.Deadline,
            AccountabilityForm = input.AccountabilityForm, AccountableKind = input.AccountableKind, AccountableName = input.AccountableName?.Trim(),
            PublicDecision = input.PublicDecision?.Trim(),
            PublishedAt = input.Publish && input.Level == EscalationLevels.Exposure ? now : null,
            CreatedAt = now, CreatedBy = db.User.UserName,
        };
        await issuer.AddAsync(record, ct);
        db.AddRange(problemIds.Select(p => new EscalationProblem { EscalationId = record.Id, ProblemId = p }));
        db.AddRange(complaintIds.Select(c => new EscalationComplaint { EscalationId = record.Id, ComplaintId = c }));
        if (suggestion is not null)
        {
            suggestion.Status = SuggestionStatuses.Confirmed;
            suggestion.DecidedAt = now;
            suggestion.DecidedBy = db.User.UserName;
            suggestion.EscalationId = record.Id;
        }
        await db.SaveChangesAsync(ct);
        return EscalationDto.From(record, problemIds, complaintIds, today);
    }

    /// <summary>
    /// The written reply to a listed supervision (督办单回复): filed by the target unit's own accounts, or
    /// recorded by an office for a target without accounts. Revisions keep the first filing time.
    /// </summary>
    public async Task<EscalationDto> ReplyAsync(string id, string? reply, int? version, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        if (record.Level != EscalationLevels.Listed) throw DomainException.Conflict("只有挂牌督办需要回复");
        if (await parties.WhyNotReplyAsync(record, ct) is { } refusal) throw DomainException.Forbidden(refusal);
        if (string.IsNullOrWhiteSpace(reply)) throw ValidationFailedException.For("reply", "请填写回复内容");
        ValidationFailedException.ThrowIf("reply", Check.Length(reply, 4000, "回复"));
        if (version is { } v) db.ExpectVersion(record, v);
        var first = record.RepliedAt is null;
        record.Reply = reply.Trim();
        record.RepliedAt ??= clock.GetUtcNow().UtcDateTime;
        record.RepliedBy = db.User.UserName;
        if (first) await TellRecorderAsync(record, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Shows an exposure on the public page (or takes it down); only exposures are ever public.</summary>
    public async Task<EscalationDto> PublishAsync(string id, bool publish, string? decision, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        if (record.Level != EscalationLevels.Exposure) throw DomainException.Conflict("只有曝光记录可以向社会公布");
        if (publish)
        {
            var text = string.IsNullOrWhiteSpace(decision) ? record.PublicDecision : decision.Trim();
            if (string.IsNullOrWhiteSpace(text)) throw ValidationFailedException.For("publicDecision", "请填写向社会公布的处理决定");
            ValidationFailedException.ThrowIf("publicDecision", Check.Length(text, 2000, "处理决定"));
            record.PublicDecision = text;
            record.PublishedAt ??= clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            record.PublishedAt = null;
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Published exposures for the public, newest first; reads past the scope filter on purpose and selects only public fields.</summary>
    public async Task<PagedList<PublicExposureDto>> PublicExposuresAsync(string? regionCode, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<EscalationRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.Level == EscalationLevels.Exposure && e.PublishedAt != null)
            .InRegion(regionCode);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.PublishedAt).Skip(page.Skip).Take(page.PageSize)
            .Select(e => new { e.Id, e.TargetName, e.TargetUnit, e.RegionCode, e.DecidedOn, e.PublishedAt, e.PublicDecision }).ToListAsync(ct);
        var items = new List<PublicExposureDto>(rows.Count);
        foreach (var e in rows)
            items.Add(new PublicExposureDto(e.Id, TargetKinds.Display(e.TargetName, e.TargetUnit), e.RegionCode, await regions.NameAsync(e.RegionCode, ct), e.DecidedOn, e.PublishedAt!.Value, e.PublicDecision ?? ""));
        return new PagedList<PublicExposureDto>(items, total, page.Page, page.PageSize);
    }

    /// <summary>A time without an offset (a form's datetime-local) is Beijing time.</summary>
    private static DateTime AsUtc(DateTime at) =>
        at.Kind == DateTimeKind.Unspecified ? TimeZoneInfo.ConvertTimeToUtc(at, ChinaTime.Zone) : at.ToUniversalTime();

    private async Task<EscalationRecord> FindAsync(string id, CancellationToken ct) =>
        await db.Set<EscalationRecord>().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw DomainException.NotFound("督办问责记录");

    private Task<List<string>> ProblemIdsAsync(string id, CancellationToken ct) =>
        db.Set<EscalationProblem>().Where(l => l.EscalationId == id).Select(l => l.ProblemId).ToListAsync(ct);

    private Task<List<string>> ComplaintIdsAsync(string id, CancellationToken ct) =>
        db.Set<EscalationComplaint>().Where(l => l.EscalationId == id).Select(l => l.ComplaintId).ToListAsync(ct);

    /// <summary>The unit that made a listed supervision hears of the first reply, unless it filed that reply itself.</summary>
    private async Task TellRecorderAsync(EscalationRecord e, CancellationToken ct)
    {
        if (await parties.RecorderAsync(e, ct) is not { } recorder || parties.IsCaller(recorder)) return;
        var late = e.IsReplyOverdue(clock.Today()) ? "（逾期回复）" : "";
        await notices.SendAsync(recorder, $"督办单已回复{late}：{e.TargetDisplay}", EscalationIssuer.Short(e.Reply!, 200), EscalationIssuer.Link(e), null, ct);
    }

}
