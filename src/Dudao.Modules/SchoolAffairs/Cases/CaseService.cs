using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Cases;

/// <summary>
/// Excellent cases: a school (at least one a quarter, 000 §9) or an inspector submits, with attachments; the county
/// office publishes chosen ones in the public library or files them; the office lists schools that have not submitted
/// this quarter and reminds them once per quarter.
/// </summary>
public sealed class CaseService(AppDbContext db, ICurrentUser me, FileStore files, NoticeService notices, RuleService rules,
    RegionDirectory regions, TimeProvider clock)
{
    public const string FileOwner = "excellent-case";
    public const int MaxFiles = 5;

    public async Task<CaseDto> SubmitAsync(CaseInput input, IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        if (!me.Has(SchoolAffairsPermissions.SubmitCase) || me.OrgKind is not (OrgKinds.School or OrgKinds.Inspector) || me.OrgRefId is null)
            throw DomainException.Forbidden("优秀案例由学校或督学报送");
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("title", "请填写案例标题");
        else errors.AddIf("title", Check.Length(input.Title, 100, "标题"));
        errors.AddIf("category", Check.OneOf(input.Category, CaseCategories.All, "类别"));
        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Trim().Length < 50) errors.Add("text", "请填写案例正文（不少于50字）");
        else errors.AddIf("text", Check.Length(input.Text, 10000, "正文"));
        if (uploads.Count > MaxFiles) errors.Add("files", Check.TooLong("附件", MaxFiles, "个"));
        var checkedFiles = await FileStore.ReadAllAsync(uploads.Take(MaxFiles), "files", errors, ct);
        errors.ThrowIfAny();

        var school = me.OrgKind == OrgKinds.School;
        var name = school
            ? await db.Set<School>().AsNoTracking().Where(s => s.Id == me.OrgRefId).Select(s => s.Name).FirstAsync(ct)
            : me.DisplayName;
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new ExcellentCase
        {
            RegionCode = me.RegionCode, TargetId = school ? me.OrgRefId : "", SubmitterKind = me.OrgKind, SubmitterId = me.OrgRefId, SubmitterName = name,
            Title = input.Title!.Trim(), Category = input.Category!, Text = input.Text!.Trim(), Quarter = Quarter.Containing(clock.Today()).Code,
            SubmittedAt = now, SubmittedBy = me.UserName,
        };
        db.Add(item);
        var stored = checkedFiles.Select(f => files.Add(f, FileOwner, item.Id, item.RegionCode, school ? item.TargetId : null)).ToList();
        await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, item.RegionCode, null), $"待审核的优秀案例：{name}",
            $"{name}报送了优秀案例“{item.Title}”，请审核是否发布到案例库。", CaseLinks.Detail(item.Id), null, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(item, stored.Select(f => new CaseAttachment(f.Id, f.FileName, f.Size)).ToList());
    }

    public async Task<CaseDto> GetAsync(string id, CancellationToken ct)
    {
        var item = await FindAsync(id, ct);
        return ToDto(item, await AttachmentsAsync(item.Id, ct));
    }

    /// <summary>Cases in the caller's scope (a school: its own), newest first.</summary>
    public async Task<IReadOnlyList<CaseDto>> ListAsync(string? status, string? regionCode, CancellationToken ct)
    {
        if (status is not null) ValidationFailedException.ThrowIf("status", Check.OneOfCodes(status, CaseStatuses.All, "状态"));
        var query = db.Set<ExcellentCase>().AsNoTracking().InRegion(regionCode);
        if (status is not null) query = query.Where(c => c.Status == status);
        var items = await query.OrderByDescending(c => c.SubmittedAt).Take(500).ToListAsync(ct);
        return items.Select(c => ToDto(c, [])).ToList();
    }

    public Task<CaseDto> PublishAsync(string id, CancellationToken ct) => ReviewAsync(id, CaseStatuses.Published, null, ct);

    public Task<CaseDto> FileAsync(string id, CaseReviewInput input, CancellationToken ct)
    {
        ValidationFailedException.ThrowIf("note", Check.Length(input.Note, 500, "说明"));
        return ReviewAsync(id, CaseStatuses.Filed, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), ct);
    }

    /// <summary>The public library: every published case, newest first.</summary>
    public async Task<IReadOnlyList<PublicCaseDto>> PublishedAsync(string? category, CancellationToken ct)
    {
        var query = db.Set<ExcellentCase>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Status == CaseStatuses.Published);
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(c => c.Category == category);
        var items = await query.OrderByDescending(c => c.ReviewedAt).Take(200).ToListAsync(ct);
        var names = new Dictionary<string, string>();
        foreach (var region in items.Select(c => c.RegionCode).Distinct()) names[region] = await regions.NameAsync(region, ct) ?? region;
        return items.Select(c => new PublicCaseDto(c.Id, c.Title, c.Category, c.Text,
            c.SubmitterKind == OrgKinds.School ? c.SubmitterName : $"{names[c.RegionCode]}责任督学", names[c.RegionCode],
            DateOnly.FromDateTime(c.ReviewedAt ?? c.SubmittedAt))).ToList();
    }

    /// <summary>The schools in the caller's scope with fewer cases submitted in the quarter than the region's rule asks.</summary>
    public async Task<MissingCases> MissingAsync(string? regionCode, CancellationToken ct)
    {
        var quarter = Quarter.Containing(clock.Today());
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Check.InScope(me.Scope, region));
        var required = await rules.GetAsync(SchoolAffairsRules.CasesPerQuarter, region, ct);
        var counts = await db.Set<ExcellentCase>().AsNoTracking().InRegion(region).Where(c => c.Quarter == quarter.Code && c.TargetId != "")
            .GroupBy(c => c.TargetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var schools = await db.Set<School>().AsNoTracking().InRegion(region).OrderBy(s => s.RegionCode).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var missing = schools.Select(s => new MissingCaseSchool(s.Id, s.Name, counts.GetValueOrDefault(s.Id)))
            .Where(s => s.Submitted < required).ToList();
        return new MissingCases(quarter.Code, quarter.Label, required, missing);
    }

    /// <summary>A notice to each school still owing a case this quarter; a school is reminded once a quarter, however often this runs.</summary>
    public async Task<RemindersSent> RemindAsync(string? regionCode, CancellationToken ct)
    {
        if (!me.Has(SchoolAffairsPermissions.Review) || me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导室可以催报优秀案例");
        var missing = await MissingAsync(regionCode, ct);
        var regionOf = await db.Set<School>().AsNoTracking().InRegion(regionCode ?? me.RegionCode).ToDictionaryAsync(s => s.Id, s => s.RegionCode, ct);
        var (sent, skipped) = (0, 0);
        foreach (var school in missing.Schools)
        {
            var fresh = await notices.SendAsync(new NoticeRecipient(OrgKinds.School, regionOf[school.SchoolId], school.SchoolId),
                $"请报送{missing.QuarterLabel}优秀案例", $"按要求每校每季度至少报送{missing.Required}篇“双减”优秀案例，贵校本季度已报送{school.Submitted}篇，请于季度末前报送。",
                CaseLinks.New, $"case-reminder:{school.SchoolId}:{missing.Quarter}", ct);
            if (fresh) sent++;
            else skipped++;
        }
        await db.SaveChangesAsync(ct);
        return new RemindersSent(sent, skipped);
    }

    private async Task<CaseDto> ReviewAsync(string id, string status, string? note, CancellationToken ct)
    {
        if (!me.Has(SchoolAffairsPermissions.Review) || me.OrgKind != OrgKinds.Office) throw DomainException.Forbidden("只有督导室可以审核优秀案例");
        var item = await FindAsync(id, ct);
        if (item.Status != CaseStatuses.Submitted) throw DomainException.Conflict($"该案例{CaseStatuses.Label(item.Status)}，只能审核待审核的案例");
        item.Status = status;
        item.ReviewNote = note;
        item.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        item.ReviewedBy = me.UserName;
        if (item.SubmitterKind == OrgKinds.School)
        {
            await notices.SendAsync(new NoticeRecipient(OrgKinds.School, item.RegionCode, item.TargetId),
                status == CaseStatuses.Published ? $"优秀案例已发布：{item.Title}" : $"优秀案例已阅存档：{item.Title}",
                status == CaseStatuses.Published ? $"贵校报送的优秀案例“{item.Title}”已发布到公开案例库。" : $"贵校报送的优秀案例“{item.Title}”已阅存档{(note is null ? "" : $"：{note}")}。",
                CaseLinks.Detail(item.Id), null, ct);
        }
        await db.SaveChangesAsync(ct);
        return ToDto(item, await AttachmentsAsync(item.Id, ct));
    }

    private async Task<ExcellentCase> FindAsync(string id, CancellationToken ct) =>
        await db.Set<ExcellentCase>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("优秀案例");

    private async Task<IReadOnlyList<CaseAttachment>> AttachmentsAsync(string id, CancellationToken ct) =>
        await db.Set<StoredFile>().AsNoTracking().Where(f => f.OwnerKind == FileOwner && f.OwnerId == id).OrderBy(f => f.UploadedAt)
            .Select(f => new CaseAttachment(f.Id, f.FileName, f.Size)).ToListAsync(ct);

    private static CaseDto ToDto(ExcellentCase c, IReadOnlyList<CaseAttachment> attachments) => new(c.Id, c.Title, c.Category, c.Text, c.SubmitterKind,
        c.SubmitterName, c.TargetId.Length == 0 ? null : c.TargetId, c.RegionCode, c.Quarter, c.Status, CaseStatuses.Label(c.Status), c.SubmittedAt,
        c.ReviewedAt, c.ReviewNote, attachments, c.Version);
}

internal static class CaseLinks
{
    public const string List = "/staff/school-affairs/cases";
    public const string New = "/staff/school-affairs/cases/new";

    public static string Detail(string id) => $"/staff/school-affairs/cases/{id}";
}
