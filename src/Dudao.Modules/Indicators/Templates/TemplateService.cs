using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dudao.Modules.Indicators.Templates;

public sealed record CopyTemplateInput(string? RegionCode, string? Name, int? Year);

/// <summary>
/// Indicator templates. A template is shared downwards: the caller sees the built-in ones, those of
/// the regions above it and those inside its scope; it changes only copies inside its scope.
/// </summary>
public sealed class TemplateService(AppDbContext db, TimeProvider clock, IOptions<SpreadsheetLimits> sheetLimits)
{
    public async Task<IReadOnlyList<TemplateDto>> ListAsync(CancellationToken ct) =>
        (await Visible().AsNoTracking().OrderBy(t => t.TargetKind).ThenBy(t => t.Key).ThenBy(t => t.OwnerRegion).ThenByDescending(t => t.Year)
            .ToListAsync(ct)).Select(TemplateDto.From).ToList();

    public async Task<TemplateTree> LoadAsync(string id, CancellationToken ct)
    {
        var template = await Visible().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw DomainException.NotFound("指标体系");
        var nodes = await db.Set<IndicatorNode>().AsNoTracking().Where(n => n.TemplateId == id).OrderBy(n => n.Position).ToListAsync(ct);
        var bands = await db.Set<IndicatorBand>().AsNoTracking().Where(b => b.TemplateId == id).ToListAsync(ct);
        return new TemplateTree(template, nodes, bands);
    }

    /// <summary>
    /// The template a visit or self-assessment of a target in <paramref name="countyCode"/> uses when
    /// none is named: the standard key for the target kind, the copy nearest the county, the latest year;
    /// narrowed to the items that apply to that kind of target.
    /// </summary>
    public async Task<TemplateTree> DefaultForAsync(string targetKind, string countyCode, CancellationToken ct)
    {
        var key = IndicatorTemplate.DefaultKey(targetKind);
        var owners = Ancestry(countyCode).Append("").ToList();
        var candidates = await db.Set<IndicatorTemplate>().AsNoTracking()
            .Where(t => t.Key == key && owners.Contains(t.OwnerRegion)).ToListAsync(ct);
        var best = candidates.OrderByDescending(t => t.OwnerRegion.Length).ThenByDescending(t => t.Year).FirstOrDefault()
                   ?? throw DomainException.NotFound("指标体系");
        return (await LoadAsync(best.Id, ct)).For(targetKind);
    }

    /// <summary>Copies a template for a region inside the caller's scope, to be edited there (export, change, import).</summary>
    public async Task<TemplateDto> CopyAsync(string id, CopyTemplateInput input, CancellationToken ct)
    {
        var source = await LoadAsync(id, ct);
        var region = string.IsNullOrWhiteSpace(input.RegionCode) ? db.User.RegionCode : input.RegionCode.Trim();
        var errors = new ValidationErrors();
        if (!RegionCodes.IsWellFormed(region) || region.Length != 6 || !db.User.Scope.Covers(region))
            errors.Add("regionCode", Check.RegionOutOfScope(region));
        var year = input.Year ?? source.Template.Year;
        if (year is < 2000 or > 2100) errors.Add("year", "年度应在 2000–2100 之间");
        var name = string.IsNullOrWhiteSpace(input.Name) ? source.Template.Name : input.Name.Trim();
        errors.AddIf("name", Check.Length(name, 100, "名称"));
        errors.ThrowIfAny();
        if (await db.Set<IndicatorTemplate>().AnyAsync(t => t.Key == source.Template.Key && t.Year == year && t.OwnerRegion == region, ct))
            throw ValidationFailedException.For("year", $"该区域已有 {year} 年度的“{IndicatorTemplate.KeyLabel(source.Template.Key)}”指标体系");

        var copy = new IndicatorTemplate
        {
            Key = source.Template.Key, Name = name, Year = year, TargetKind = source.Template.TargetKind, OwnerRegion = region,
            BasedOnId = source.Template.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(copy);
        db.AddRange(source.Nodes.Select(n => new IndicatorNode
        {
            TemplateId = copy.Id, Code = n.Code, ParentCode = n.ParentCode, Position = n.Position, Title = n.Title, Guidance = n.Guidance,
            ScoringKind = n.ScoringKind, Max = n.Max, Limit = n.Limit, Unit = n.Unit, AppliesTo = n.AppliesTo,
        }));
        db.AddRange((await db.Set<IndicatorBand>().AsNoTracking().Where(b => b.TemplateId == id).ToListAsync(ct)).Select(b => new IndicatorBand
        {
            TemplateId = copy.Id, NodeCode = b.NodeCode, Position = b.Position, GradeFrom = b.GradeFrom, GradeTo = b.GradeTo, Limit = b.Limit,
        }));
        await db.SaveChangesAsync(ct);
        return TemplateDto.From(copy);
    }

    /// <summary>A template sheet's nodes, checked as a whole, within the configured spreadsheet limits.</summary>
    public (List<IndicatorNode> Nodes, List<IndicatorBand> Bands) ReadSheet(Stream content, string id, string targetKind) =>
        TemplateSheet.Read(content, id, targetKind, sheetLimits.Value);

    /// <summary>Replaces a region copy's nodes with checked ones (all or nothing); built-in templates stay as shipped.</summary>
    public async Task<TemplateTree> ReplaceNodesAsync(string id, IReadOnlyList<IndicatorNode> nodes, IReadOnlyList<IndicatorBand> bands, CancellationToken ct)
    {
        var template = await Visible().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw DomainException.NotFound("指标体系");
        if (template.BuiltIn || !db.User.Scope.Covers(template.OwnerRegion) || template.OwnerRegion.Length == 0)
            throw DomainException.Forbidden("内置或上级的指标体系不能修改，请先复制为本区域的版本");
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<IndicatorBand>().Where(b => b.TemplateId == id).ExecuteDeleteAsync(ct);
            await db.Set<IndicatorNode>().Where(n => n.TemplateId == id).ExecuteDeleteAsync(ct);
            db.AddRange(nodes);
            db.AddRange(bands);
            // Touching the template versions and audits the change of its items.
            template.Version++;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return await LoadAsync(id, ct);
    }

    private IQueryable<IndicatorTemplate> Visible()
    {
        var ancestors = Ancestry(db.User.RegionCode);
        var prefix = db.User.Scope.RegionPrefix;
        return db.Set<IndicatorTemplate>().Where(t => t.OwnerRegion == "" || ancestors.Contains(t.OwnerRegion) || t.OwnerRegion.StartsWith(prefix));
    }

    /// <summary>"500107" → ["500000", "500100", "500107"].</summary>
    private static List<string> Ancestry(string regionCode)
    {
        var chain = new List<string>();
        if (regionCode.Length >= 2) chain.Add(regionCode[..2] + "0000");
        if (regionCode.Length >= 4) chain.Add(regionCode[..4] + "00");
        if (regionCode.Length >= 6) chain.Add(regionCode[..6]);
        return chain.Distinct().ToList();
    }
}
