using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Completeness;

/// <summary>A unit that fills a form: kind, id (an office's region code), name and county.</summary>
public sealed record FillerUnit(string Kind, string Id, string Name, string RegionCode);

/// <summary>
/// The units a form expects a return from, read from the registries when asked rather than stored, so a
/// school added mid-period is expected from then on. Runs under the caller's scope (the system's for jobs).
/// </summary>
public sealed class ExpectedUnits(AppDbContext db, RegionDirectory regions)
{
    /// <summary>The supervision office is a department row too; it reviews rather than fills.</summary>
    private const string OfficeDepartment = "督导室";

    /// <param name="regionCode">Only units of this region and below; null for the whole form.</param>
    public async Task<IReadOnlyList<FillerUnit>> OfAsync(ReturnForm form, string? regionCode, CancellationToken ct)
    {
        if (Narrower(form.RegionCode, regionCode) is not { } region) return [];
        var filter = region.Length == 0 ? null : region;
        var units = new List<FillerUnit>();
        foreach (var kind in form.FillerList)
        {
            units.AddRange(kind switch
            {
                FillerKinds.School => await db.Set<School>().AsNoTracking().InRegion(filter)
                    .Select(s => new FillerUnit(kind, s.Id, s.Name, s.RegionCode)).ToListAsync(ct),
                FillerKinds.Institution => await db.Set<Institution>().AsNoTracking().InRegion(filter).Where(i => i.Status == Institution.Normal)
                    .Select(i => new FillerUnit(kind, i.Id, i.Name, i.RegionCode)).ToListAsync(ct),
                FillerKinds.Department => await db.Set<Department>().AsNoTracking().InRegion(filter).Where(d => d.Name != OfficeDepartment)
                    .Select(d => new FillerUnit(kind, d.Id, d.Name, d.RegionCode)).ToListAsync(ct),
                FillerKinds.Office => (await regions.CountiesAsync(region.Length == 0 ? DataScope.All : DataScope.ForRegion(region), ct))
                    .Where(c => c.Code != form.RegionCode)
                    .Select(c => new FillerUnit(kind, c.Code, c.Name + "教育督导部门", c.Code)).ToList(),
                _ => [],
            });
        }
        return units.OrderBy(u => u.RegionCode, StringComparer.Ordinal).ThenBy(u => u.Kind, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The office that reviews a unit's return: its county's, or for an office the form's region.</summary>
    public static string ReviewerOf(ReturnForm form, FillerUnit unit) => unit.Kind == FillerKinds.Office ? form.RegionCode : unit.RegionCode;

    /// <summary>The narrower of the form's region and the asked one; null when they do not overlap ("" = everywhere).</summary>
    private static string? Narrower(string formRegion, string? asked)
    {
        if (string.IsNullOrEmpty(asked)) return formRegion;
        if (formRegion.Length == 0) return asked;
        if (DataScope.ForRegion(formRegion).Covers(asked)) return asked;
        return DataScope.ForRegion(asked).Covers(formRegion) ? formRegion : null;
    }
}
