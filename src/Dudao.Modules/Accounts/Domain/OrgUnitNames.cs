using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Domain;

/// <summary>The org unit of an account as the contract shows it: <c>{ kind, code, name }</c>.</summary>
public sealed record OrgUnitDto(string Kind, string Code, string Name);

/// <summary>Names an account's unit: "九龙坡区 督导室", "九龙坡区 基教科", a school's or institution's name.</summary>
public sealed class OrgUnitNames(AppDbContext db)
{
    public async Task<OrgUnitDto> DescribeAsync(User user, CancellationToken ct)
    {
        var region = await db.Set<Region>().Where(r => r.Code == user.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? user.RegionCode;
        return user.OrgKind switch
        {
            OrgKinds.School => await db.Set<School>().IgnoreQueryFilters().Where(s => s.Id == user.OrgRefId)
                .Select(s => new OrgUnitDto(OrgKinds.School, s.Code, s.Name)).FirstAsync(ct),
            OrgKinds.Institution => await db.Set<Institution>().IgnoreQueryFilters().Where(i => i.Id == user.OrgRefId)
                .Select(i => new OrgUnitDto(OrgKinds.Institution, i.Uscc, i.Name)).FirstAsync(ct),
            OrgKinds.Inspector => await db.Set<Inspector>().IgnoreQueryFilters().Where(i => i.Id == user.OrgRefId)
                .Select(i => new OrgUnitDto(OrgKinds.Inspector, user.RegionCode, $"{region} 督学 {i.Name}")).FirstAsync(ct),
            OrgKinds.Department => await db.Set<Department>().IgnoreQueryFilters().Where(d => d.Id == user.OrgRefId)
                .Select(d => new OrgUnitDto(OrgKinds.Department, user.RegionCode, $"{region} {d.Name}")).FirstAsync(ct),
            _ => new OrgUnitDto(OrgKinds.Office, user.RegionCode, $"{region} 督导室"),
        };
    }
}
