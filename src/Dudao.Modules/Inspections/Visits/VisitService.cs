using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Coverage;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Inspectors;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>Recording, reading, editing and acknowledging visits; pages call it in-process and the API wraps it.</summary>
public sealed class VisitService(AppDbContext db, SupervisionTargets targets, TemplateService templates, ProblemIntake intake, CoverageMarks marks, FileStore files,
    VisitDraftService drafts, TimeProvider clock)
{
    public const string FileOwner = "visit";

    /// <summary>
    /// Records a visit with its results, opens a problem per finding and marks the school visited
    /// for the month — all in one save. An inspector records routine visits only for targets
    /// assigned to them (403 otherwise). A visit that submits a draft marks it submitted in the same
    /// save, and the same draft sent again answers the visit it became (a double tap records one visit).
    /// </summary>
    public async Task<VisitCreated> RecordAsync(VisitInput input, IReadOnlyList<Upload>? uploads, CancellationToken ct)
    {
        if (Blank(input.DraftId) is { } submitted && await drafts.SubmittedAsync(submitted, ct) is { } visitId)
            return new VisitCreated(visitId, await ProblemIdsAsync(visitId, ct));
        var errors = new ValidationErrors();
        if (input.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) errors.Add("targetKind", "督导对象类型应为 school 或 institution");
        if (string.IsNullOrWhiteSpace(input.TargetId)) errors.Add("targetId", "请选择督导对象");
        errors.AddIf("kind", Check.OneOfCodes(input.Kind, VisitKinds.All, "督导类型"));
        var today = clock.Today();
        if (input.Date is not { } date) errors.Add("date", "请填写督导日期");
        else if (date > today) errors.Add("date", "督导日期不能晚于今天");
        else if (date.Year < 2021) errors.Add("date", "督导日期不能早于2021年");
        foreach (var (field, message) in VisitChecks.Methods(input.Methods, input.Kind)) errors.Add(field, message);
        foreach (var (field, message) in VisitChecks.Texts(input.Summary, input.Feedback, input.Highlights, input.Requirements, input.Suggestions))
            errors.Add(field, message);
        var attachments = await ReadAsync(uploads ?? [], errors, ct);
        errors.ThrowIfAny();

        var target = await targets.FindAsync(input.TargetKind, input.TargetId, ct) ?? throw DomainException.NotFound("督导对象");
        var caller = db.User;
        var plan = Blank(input.SpecialInspectionId) is { } specialId
            ? await PlanForAsync(specialId, target.Id, ct) ?? throw ValidationFailedException.For("specialInspectionId", "该对象不在这次专项督导的名单中")
            : null;
        if (plan is not null && input.Kind != plan.Kind)
            throw ValidationFailedException.For("kind", $"这次专项督导的检查记录类型应为 {plan.Kind}（{VisitKinds.Label(plan.Kind)}）");
        var (inspectorId, inspectorName) = await InspectorOfAsync(input, caller, ct);
        await CheckMayVisitAsync(input, caller, plan, ct);

        var tree = (input.TemplateId is { Length: > 0 } templateId ? await templates.LoadAsync(templateId, ct)
            : plan is not null ? await templates.LoadAsync(plan.TemplateId, ct)
            : await templates.DefaultForAsync(input.TargetKind!, target.RegionCode, ct)).For(input.TargetKind!);
        if (tree.Items.Count == 0) errors.Add("templateId", "该指标体系中没有适用于这类督导对象的指标");
        var results = VisitChecks.Results(input.Results, tree, (f, m) => errors.Add(f, m));
        foreach (var (field, message) in VisitChecks.NumbersAnswered(input.Results, tree)) errors.Add(field, message);
        foreach (var (field, message) in VisitChecks.Findings(input.Findings, tree)) errors.Add(field, message);
        errors.ThrowIfAny();

        var visit = new Visit
        {
            RegionCode = target.RegionCode, TargetKind = input.TargetKind!, TargetId = target.Id, TargetName = target.Name,
            Date = input.Date!.Value, Month = input.Date!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture), Kind = input.Kind!,
            Methods = string.Join(",", input.Methods!.Distinct()), TemplateId = tree.Template.Id,
            InspectorId = inspectorId, InspectorName = inspectorName, SpecialInspectionId = Blank(input.SpecialInspectionId),
            Summary = input.Summary!.Trim(), Feedback = Blank(input.Feedback), Highlights = Blank(input.Highlights),
            Requirements = Blank(input.Requirements), Suggestions = Blank(input.Suggestions),
            Results = ItemResult.Serialize(results), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.User.UserName,
        };
        db.Add(visit);

        var problems = new List<Problem>();
        foreach (var finding in input.Findings ?? [])
        {
            var code = string.IsNullOrWhiteSpace(finding.IndicatorCode) ? null : finding.IndicatorCode.Trim().ToUpperInvariant();
            var category = tree.CategoryOf(code);
            problems.Add(await intake.OpenAsync(new NewProblem(visit.TargetKind, visit.TargetId, visit.TargetName, visit.RegionCode,
                ProblemSources.Inspection, visit.Id, category.Length > 32 ? category[..32] : category, finding.Severity!, finding.Text!,
                code, finding.Deadline), ct));
        }
        foreach (var file in attachments) files.Add(file, FileOwner, visit.Id, visit.RegionCode, visit.TargetId);

        marks.Add(visit);
        if (Blank(input.DraftId) is { } draftId) await drafts.SubmitAsync(draftId, visit, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (input.DraftId is not null && e is not DbUpdateConcurrencyException)
        {
            // The same draft submitted by a second request a moment earlier: one visit is recorded.
            throw DomainException.Conflict("这份督导记录已经提交，请勿重复提交");
        }
        return new VisitCreated(visit.Id, problems.Select(p => p.Id).ToList());
    }

    private Task<List<string>> ProblemIdsAsync(string visitId, CancellationToken ct) =>
        db.Set<Problem>().Where(p => p.Source == ProblemSources.Inspection && p.SourceId == visitId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => p.Id).ToListAsync(ct);

    public async Task<VisitDto> GetAsync(string id, CancellationToken ct)
    {
        var visit = await db.Set<Visit>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw DomainException.NotFound("督导记录");
        var findings = await db.Set<Problem>().AsNoTracking()
            .Where(p => p.Source == ProblemSources.Inspection && p.SourceId == id).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new FindingDto(p.Id, p.Description, p.Severity, p.IndicatorCode, p.Deadline, p.Status)).ToListAsync(ct);
        var attached = await db.Set<StoredFile>().AsNoTracking().Where(f => f.OwnerKind == FileOwner && f.OwnerId == id)
            .OrderBy(f => f.UploadedAt).Select(f => new FileDto(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(ct);
        return new VisitDto(visit.Id, visit.RegionCode, visit.TargetKind, visit.TargetId, visit.TargetName, visit.Date, visit.Month, visit.Kind,
            visit.MethodList, visit.TemplateId, visit.InspectorId, visit.InspectorName, visit.SpecialInspectionId, visit.Summary, visit.Feedback,
            visit.Highlights, visit.Requirements, visit.Suggestions, visit.ResultList, findings, attached, visit.CreatedAt, visit.CreatedBy,
            visit.UpdatedAt, visit.AcknowledgedBy, visit.AcknowledgedAt, visit.Version);
    }

    public async Task<PagedList<VisitListItem>> ListAsync(string? regionCode, string? month, string? targetId, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Visit>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(month)) query = query.Where(v => v.Month == month.Trim());
        if (!string.IsNullOrWhiteSpace(targetId)) query = query.Where(v => v.TargetId == targetId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(v => new VisitListItem(v.Id, v.RegionCode, v.TargetKind, v.TargetId, v.TargetName, v.Date, v.Kind, v.InspectorName, v.AcknowledgedAt != null))
            .ToListAsync(ct);
        return new PagedList<VisitListItem>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Changes a recorded visit; the audit log keeps every change. An inspector edits only their own visits.</summary>
    public async Task<VisitDto> UpdateAsync(string id, VisitEdit input, CancellationToken ct)
    {
        var visit = await EditableAsync(id, ct);
        var errors = new ValidationErrors();
        foreach (var (field, message) in VisitChecks.Methods(input.Methods, visit.Kind)) errors.Add(field, message);
        foreach (var (field, message) in VisitChecks.Texts(input.Summary, input.Feedback, input.Highlights, input.Requirements, input.Suggestions))
            errors.Add(field, message);
        var tree = (await templates.LoadAsync(visit.TemplateId, ct)).For(visit.TargetKind);
        var results = VisitChecks.Results(input.Results, tree, (f, m) => errors.Add(f, m));
        errors.ThrowIfAny();

        if (input.Version is { } version) db.ExpectVersion(visit, version);
        visit.Methods = string.Join(",", input.Methods!.Distinct());
        visit.Summary = input.Summary!.Trim();
        visit.Feedback = Blank(input.Feedback);
        visit.Highlights = Blank(input.Highlights);
        visit.Requirements = Blank(input.Requirements);
        visit.Suggestions = Blank(input.Suggestions);
        visit.Results = ItemResult.Serialize(results);
        visit.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The school or institution confirms it has seen the visit record (who and when are kept).</summary>
    public async Task<VisitDto> AcknowledgeAsync(string id, CancellationToken ct)
    {
        var visit = await db.Set<Visit>().FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw DomainException.NotFound("督导记录");
        var caller = db.User;
        if (!caller.IsUnit(visit.TargetKind, visit.TargetId)) throw DomainException.Forbidden("只有被督导的学校或机构可以确认督导记录");
        if (visit.AcknowledgedAt is not null) throw DomainException.Conflict("该督导记录已确认");
        visit.AcknowledgedBy = $"{caller.DisplayName}（{caller.UserName}）";
        visit.AcknowledgedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<FileDto>> AttachAsync(string id, IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        var visit = await EditableAsync(id, ct);
        if (uploads.Count == 0) throw ValidationFailedException.For("files", "请选择要上传的文件");
        var errors = new ValidationErrors();
        var attachments = await ReadAsync(uploads, errors, ct);
        errors.ThrowIfAny();
        var saved = attachments.Select(file => files.Add(file, FileOwner, visit.Id, visit.RegionCode, visit.TargetId)).ToList();
        await db.SaveChangesAsync(ct);
        return saved.Select(f => new FileDto(f.Id, f.FileName, f.ContentType, f.Size)).ToList();
    }

    private async Task<Visit> EditableAsync(string id, CancellationToken ct)
    {
        var visit = await db.Set<Visit>().FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw DomainException.NotFound("督导记录");
        var caller = db.User;
        if (caller.IsInspector() && visit.InspectorId != caller.OrgRefId) throw DomainException.Forbidden("督学只能修改自己的督导记录");
        if (caller.IsDepartment() && !await RecordedByDepartmentAsync(visit, caller.OrgRefId!, ct)) throw DomainException.Forbidden("科室只能修改本科室记录的督导");
        if (!caller.IsInspector() && !caller.IsDepartment() && caller.OrgKind is not OrgKinds.Office) throw DomainException.Forbidden("您不能修改督导记录");
        return visit;
    }

    /// <summary>
    /// The plan of a special visit, when the target is on it. The target row is read through the
    /// caller's scope (a school or institution never sees it); the plan's own row may belong to an
    /// office above the caller — a county inspector on a city's team — so it is read past the filter.
    /// </summary>
    public async Task<SpecialInspection?> PlanForAsync(string specialId, string targetId, CancellationToken ct) =>
        await db.Set<SpecialInspectionTarget>().AnyAsync(t => t.SpecialInspectionId == specialId && t.TargetId == targetId, ct)
            ? await db.Set<SpecialInspection>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Id == specialId, ct)
            : null;

    private Task<bool> RecordedByDepartmentAsync(Visit visit, string departmentId, CancellationToken ct) =>
        db.Set<User>().IgnoreQueryFilters().AnyAsync(u => u.UserName == visit.CreatedBy && u.OrgKind == OrgKinds.Department && u.OrgRefId == departmentId, ct);

    /// <summary>An inspector records visits as themselves; office staff may name one of their inspectors.</summary>
    private async Task<(string? Id, string? Name)> InspectorOfAsync(VisitInput input, ICurrentUser caller, CancellationToken ct)
    {
        var id = caller.IsInspector() ? caller.OrgRefId : Blank(input.InspectorId);
        if (id is null) return (null, null);
        var name = await db.Set<Inspector>().Where(i => i.Id == id).Select(i => i.Name).FirstOrDefaultAsync(ct)
                   ?? throw ValidationFailedException.For("inspectorId", "督学不存在或不在您的数据范围内");
        return (id, name);
    }

    /// <summary>
    /// Inspectors: routine visits only to assigned targets, a plan's visits only as its team member.
    /// Departments: targets of their remit only, no routine visits (the responsible inspector's),
    /// a plan's visits only for plans they lead.
    /// </summary>
    private async Task CheckMayVisitAsync(VisitInput input, ICurrentUser caller, SpecialInspection? plan, CancellationToken ct)
    {
        if (plan is not null && caller.IsInspector()
            && !await db.Set<SpecialInspectionMember>().AnyAsync(m => m.SpecialInspectionId == plan.Id && m.InspectorId == caller.OrgRefId, ct))
        {
            throw DomainException.Forbidden("您不是这次专项督导的组员");
        }
        if (caller.IsDepartment())
        {
            if (plan is not null && plan.LeadDepartmentId != caller.OrgRefId) throw DomainException.Forbidden("只有牵头科室可以记录这次专项督导");
            if (input.Kind == VisitKinds.Routine) throw DomainException.Forbidden("经常性督导由挂牌责任督学记录，科室请选择其他督导类型");
            await DepartmentRemit.CheckAsync(db, caller, input.TargetKind!, ct);
        }
        if (caller.IsInspector() && input.Kind == VisitKinds.Routine
            && !await db.Set<Assignment>().AnyAsync(a => a.InspectorId == caller.OrgRefId && a.TargetKind == input.TargetKind && a.TargetId == input.TargetId, ct))
        {
            throw DomainException.Forbidden("经常性督导只能对挂牌的学校或机构记录");
        }
    }

    /// <summary>Every photo and document is read and checked before anything of the visit is stored.</summary>
    private static Task<IReadOnlyList<CheckedFile>> ReadAsync(IEnumerable<Upload> uploads, ValidationErrors errors, CancellationToken ct) =>
        FileStore.ReadAllAsync(uploads, "files", errors, ct);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
