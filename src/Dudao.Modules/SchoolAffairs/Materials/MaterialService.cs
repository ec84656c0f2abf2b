using System.Globalization;
using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.SchoolAffairs.Materials;

/// <summary>
/// Teaching-material filings per term (000 §14): a school files its order once a term with the approvals attached;
/// the office sees every school's filing and flags a school with none, or with more sets for a subject and grade
/// than the region allows (one by default; 特殊情况须上报校委会批准, which the attached approval shows).
/// </summary>
public sealed class MaterialService(AppDbContext db, ICurrentUser me, SchoolAccess schools, FileStore files, RuleService rules, TimeProvider clock)
{
    public const string FileOwner = "material-filing";
    public const int MaxItems = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<MaterialFilingDto> GetAsync(string schoolId, string? term, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.ReadableAsync(schoolId, ct);
        var filing = await db.Set<MaterialFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.TargetId == school.Id && f.Term == t.Code, ct);
        return await ToDtoAsync(filing, school, t, ct);
    }

    public async Task<MaterialFilingDto> PutAsync(string schoolId, string? term, MaterialFilingInput input, IReadOnlyList<Upload> approvals, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var school = await schools.OwnAsync(schoolId, ct);
        var errors = new ValidationErrors();
        var items = Validate(school, input, errors);
        var attached = await FileStore.ReadAllAsync(approvals, "approvals", errors, ct);
        var filing = await db.Set<MaterialFiling>().FirstOrDefaultAsync(f => f.TargetId == school.Id && f.Term == t.Code, ct);
        var hasApproval = attached.Count > 0
            || (filing is not null && await db.Set<StoredFile>().AnyAsync(f => f.OwnerKind == FileOwner && f.OwnerId == filing.Id, ct));
        if (items.Count > 0 && !hasApproval) errors.Add("approvals", "请上传教导处审核、校委会审查的审批材料（000 §14）");
        errors.ThrowIfAny();
        if (filing is null)
        {
            filing = new MaterialFiling { RegionCode = school.RegionCode, TargetId = school.Id, Term = t.Code };
            db.Add(filing);
        }
        else if (input.Version is { } version)
        {
            db.ExpectVersion(filing, version);
        }
        filing.Items = JsonSerializer.Serialize(items, Json);
        filing.VoluntaryConfirmed = true;
        filing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        filing.UpdatedBy = me.UserName;
        foreach (var file in attached) files.Add(file, FileOwner, filing.Id, filing.RegionCode, filing.TargetId);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(filing, school, t, ct);
    }

    /// <summary>Every school in the caller's scope for the term, with its flags; flagged schools first.</summary>
    public async Task<MaterialOverview> OverviewAsync(string? term, string? regionCode, CancellationToken ct)
    {
        var t = SchoolTerm.Parse(term, clock.Today());
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Check.InScope(me.Scope, region));
        var sets = await rules.GetAsync(SchoolAffairsRules.MaterialSetsPerSubject, region, ct);
        var list = await db.Set<School>().AsNoTracking().InRegion(region).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var filings = await db.Set<MaterialFiling>().AsNoTracking().InRegion(region).Where(f => f.Term == t.Code).ToListAsync(ct);
        var ids = filings.Select(f => f.Id).ToList();
        var approvals = await db.Set<StoredFile>().AsNoTracking().Where(f => f.OwnerKind == FileOwner && ids.Contains(f.OwnerId))
            .GroupBy(f => f.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var byTarget = filings.ToDictionary(f => f.TargetId);
        var rows = list.Select(s =>
        {
            if (!byTarget.TryGetValue(s.Id, out var f)) return new MaterialOverviewRow(s.Id, s.Name, false, 0, 0, [new("material-none", $"{t.Label}未备案教辅")]);
            var items = Read(f.Items);
            return new MaterialOverviewRow(s.Id, s.Name, true, items.Count, approvals.GetValueOrDefault(f.Id), Flags(items, sets));
        }).OrderBy(r => r.Flags.Count == 0).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new MaterialOverview(t.Code, t.Label, sets, rows);
    }

    /// <summary>A subject and grade with more distinct titles than <paramref name="sets"/>.</summary>
    internal static List<Breach> Flags(IReadOnlyList<MaterialLine> items, int sets) => items
        .GroupBy(i => (i.Subject, i.Grade))
        .Select(g => (g.Key, Count: g.Select(i => i.Title).Distinct().Count()))
        .Where(g => g.Count > sets)
        .Select(g => new Breach("material-sets", string.Create(CultureInfo.InvariantCulture,
            $"{SchoolAccess.GradeName(g.Key.Grade)}{g.Key.Subject}征订教辅{g.Count}套，超过每学科{sets}套（000 §14）")))
        .ToList();

    private static List<MaterialLine> Validate(School school, MaterialFilingInput input, ValidationErrors errors)
    {
        var rows = input.Items ?? [];
        if (input.VoluntaryConfirmed != true) errors.Add("voluntaryConfirmed", "请确认教辅由学生和家长自愿购买，学校未强制统一征订（000 §14）");
        if (rows.Count > MaxItems) errors.Add("items", Check.TooLong("教辅", MaxItems, "项"));
        var (from, to) = SchoolAccess.Grades(school.Type);
        var items = new List<MaterialLine>();
        for (var i = 0; i < rows.Count && i < MaxItems; i++)
        {
            var (r, n) = (rows[i], $"第{i + 1}项");
            var before = errors.ToDictionary().Sum(e => e.Value.Length);
            Text(r.Subject, "subject", "学科", 20);
            Text(r.Title, "title", "书名", 100);
            Text(r.Publisher, "publisher", "出版社", 50);
            Text(r.Edition, "edition", "版次", 30);
            if (r.Grade is not { } g || g < from || g > to) errors.Add($"items[{i}].grade", $"{n}：年级应为本校的{SchoolAccess.GradeName(from)}至{SchoolAccess.GradeName(to)}");
            if (r.Price is not { } price || price <= 0 || price > 1000 || decimal.Round(price, 2) != price)
                errors.Add($"items[{i}].price", $"{n}：定价应为 0.01–1000 元（最多两位小数）");
            if (errors.ToDictionary().Sum(e => e.Value.Length) == before)
                items.Add(new(r.Subject!.Trim(), r.Grade!.Value, r.Title!.Trim(), r.Publisher!.Trim(), r.Edition!.Trim(), r.Price!.Value));

            void Text(string? value, string field, string label, int max)
            {
                if (string.IsNullOrWhiteSpace(value)) errors.Add($"items[{i}].{field}", $"{n}：请填写{label}");
                else errors.AddIf($"items[{i}].{field}", Check.Length(value, max, $"{n}{label}"));
            }
        }
        return items;
    }

    private async Task<MaterialFilingDto> ToDtoAsync(MaterialFiling? f, School school, SchoolTerm term, CancellationToken ct)
    {
        var items = f is null ? [] : Read(f.Items);
        var approvals = f is null ? [] : await db.Set<StoredFile>().AsNoTracking().Where(x => x.OwnerKind == FileOwner && x.OwnerId == f.Id)
            .OrderBy(x => x.UploadedAt).Select(x => new MaterialFile(x.Id, x.FileName)).ToListAsync(ct);
        var sets = await rules.GetAsync(SchoolAffairsRules.MaterialSetsPerSubject, school.RegionCode, ct);
        return new(school.Id, school.Name, term.Code, term.Label, f is not null, items, f?.VoluntaryConfirmed ?? false, approvals, Flags(items, sets),
            f?.UpdatedAt, f?.Version);
    }

    private static List<MaterialLine> Read(string json) => JsonSerializer.Deserialize<List<MaterialLine>>(json, Json) ?? [];
}

/// <summary>A filing's approvals are read by whoever may read the filing.</summary>
internal sealed class MaterialFileAccess(AppDbContext db) : IFileOwnerAccess
{
    public string OwnerKind => MaterialService.FileOwner;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(SchoolAffairsPermissions.View) && await db.Set<MaterialFiling>().AnyAsync(f => f.Id == ownerId, ct);
}
