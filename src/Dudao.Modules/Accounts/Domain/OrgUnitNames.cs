using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>The org unit of an account as the contract shows it: <c>{ kind, code, name }</c>.</summary>
public sealed record OrgUnitDto(string Kind, string Code, string Name);

/// <summary>Names an account's unit: "九龙坡区 督导室", "九龙坡区 基教科", a school's or institution's name.</summary>
public sealed class OrgUnitNames(AppDbContext db)
{
    public async Task<OrgUnitDto> DescribeAsync(User user, CancellationToken ct) => (await DescribeAllAsync([user], ct))[user.Id];

    /// <summary>The caller's own unit, from what its sign-in carries.</summary>
    public async Task<OrgUnitDto> DescribeAsync(ICurrentUser me, CancellationToken ct) =>
        (await DescribeAsync([new Unit("", me.OrgKind, me.OrgRefId, me.RegionCode)], ct))[""];

    /// <summary>Names a page of accounts with one query per kind of unit, not one per account.</summary>
    public Task<IReadOnlyDictionary<string, OrgUnitDto>> DescribeAllAsync(IReadOnlyCollection<User> users, CancellationToken ct) =>
        DescribeAsync(users.Select(u => new Unit(u.Id, u.OrgKind, u.OrgRefId, u.RegionCode)).ToList(), ct);

    private sealed record Unit(string Key, string OrgKind, string? OrgRefId, string RegionCode);

    private async Task<IReadOnlyDictionary<string, OrgUnitDto>> DescribeAsync(IReadOnlyCollection<Unit> units, CancellationToken ct)
    {
        var codes = units.Select(u => u.RegionCode).Distinct().ToList();
        var regions = await db.Set<Region>().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var schools = await UnitsAsync<School>(units, OrgKinds.School, ct);
        var institutions = await UnitsAsync<Institution>(units, OrgKinds.Institution, ct);
        var inspectors = await UnitsAsync<Inspector>(units, OrgKinds.Inspector, ct);
        var departments = await UnitsAsync<Department>(units, OrgKinds.Department, ct);

        return units.ToDictionary(u => u.Key, u =>
        {
            var region = regions.GetValueOrDefault(u.RegionCode, u.RegionCode);
            var unitRef = u.OrgRefId ?? "";
            return u.OrgKind switch
            {
                OrgKinds.School when schools.TryGetValue(unitRef, out var s) => new OrgUnitDto(OrgKinds.School, s.Code, s.Name),
                OrgKinds.Institution when institutions.TryGetValue(unitRef, out var i) => new OrgUnitDto(OrgKinds.Institution, i.Uscc, i.Name),
                OrgKinds.Inspector when inspectors.TryGetValue(unitRef, out var i) => new OrgUnitDto(OrgKinds.Inspector, u.RegionCode, $"{region} 督学 {i.Name}"),
                OrgKinds.Department when departments.TryGetValue(unitRef, out var d) => new OrgUnitDto(OrgKinds.Department, u.RegionCode, $"{region} {d.Name}"),
                _ => new OrgUnitDto(u.OrgKind, u.RegionCode, $"{region} {OrgKinds.Label(u.OrgKind)}"),
            };
        });
    }

    // Units are looked up past the caller's scope: an account's own unit is always nameable.
    private async Task<Dictionary<string, T>> UnitsAsync<T>(IEnumerable<Unit> units, string kind, CancellationToken ct) where T : class, IAudited
    {
        var ids = units.Where(u => u.OrgKind == kind && u.OrgRefId != null).Select(u => u.OrgRefId!).Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
    }
}
