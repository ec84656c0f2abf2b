using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Users;

public sealed record UnitChoice(string Id, string Label);

/// <summary>The units inside the caller's subtree that a new account of one kind can belong to (for the form's select).</summary>
internal sealed class UnitChoices(AppDbContext db, RegionDirectory regions)
{
    public async Task<IReadOnlyList<UnitChoice>> ForKindAsync(string kind, CancellationToken ct) => kind switch
    {
        OrgKinds.Department => await WithRegionAsync(db.Set<Department>().Select(d => new Row { Id = d.Id, RegionCode = d.RegionCode, Name = d.Name }), ct),
        OrgKinds.Inspector => await WithRegionAsync(db.Set<Inspector>().Select(i => new Row { Id = i.Id, RegionCode = i.RegionCode, Name = "督学 " + i.Name }), ct),
        OrgKinds.School => await db.Set<School>().AsNoTracking().OrderBy(s => s.RegionCode).ThenBy(s => s.Code)
            .Select(s => new UnitChoice(s.Id, s.Name + "（" + s.Code + "）")).ToListAsync(ct),
        OrgKinds.Institution => await db.Set<Institution>().AsNoTracking().OrderBy(i => i.RegionCode).ThenBy(i => i.Name)
            .Select(i => new UnitChoice(i.Id, i.Name)).ToListAsync(ct),
        _ => [],
    };

    // Departments and inspectors are told apart by their region, named from the region table in memory.
    private async Task<IReadOnlyList<UnitChoice>> WithRegionAsync(IQueryable<Row> query, CancellationToken ct)
    {
        var rows = await query.OrderBy(r => r.RegionCode).ThenBy(r => r.Name).ToListAsync(ct);
        var choices = new List<UnitChoice>(rows.Count);
        foreach (var row in rows) choices.Add(new UnitChoice(row.Id, $"{await regions.NameAsync(row.RegionCode, ct) ?? row.RegionCode} {row.Name}"));
        return choices;
    }

    private sealed class Row
    {
        public required string Id { get; init; }
        public required string RegionCode { get; init; }
        public required string Name { get; init; }
    }
}
