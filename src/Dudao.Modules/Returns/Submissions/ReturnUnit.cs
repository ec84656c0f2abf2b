using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>Who fills and who reviews a return, as the caller's claims say (ADR-060).</summary>
public sealed class ReturnUnit(AppDbContext db, ICurrentUser me, RegionDirectory regions)
{
    /// <summary>The caller's own unit as a filler of returns; null for an inspector or the system.</summary>
    public async Task<FillerUnit?> MineAsync(CancellationToken ct)
    {
        if (!me.Has(ReturnsPermissions.Fill) || me.UserId is null) return null;
        var id = me.OrgRefId;
        return me.OrgKind switch
        {
            OrgKinds.Office => new FillerUnit(FillerKinds.Office, me.RegionCode, $"{await regions.NameAsync(me.RegionCode, ct)}教育督导部门", me.RegionCode),
            OrgKinds.School => await db.Set<School>().AsNoTracking().Where(s => s.Id == id).Select(s => new FillerUnit(FillerKinds.School, s.Id, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct),
            OrgKinds.Institution => await db.Set<Institution>().AsNoTracking().Where(s => s.Id == id).Select(s => new FillerUnit(FillerKinds.Institution, s.Id, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct),
            OrgKinds.Department => await db.Set<Department>().AsNoTracking().Where(s => s.Id == id).Select(s => new FillerUnit(FillerKinds.Department, s.Id, s.Name, s.RegionCode)).FirstOrDefaultAsync(ct),
            _ => null,
        };
    }

    /// <summary>The caller is the unit the return is from (and may fill returns).</summary>
    public bool IsMine(PeriodicReturn r) => me.Has(ReturnsPermissions.Fill)
        && (r.TargetKind == FillerKinds.Office ? me.OrgKind == OrgKinds.Office && me.RegionCode == r.TargetId : me.IsUnit(r.TargetKind, r.TargetId));

    /// <summary>The caller is the office that reviews the return (its unit's county office, or the form's office for an office's return).</summary>
    public bool Reviews(PeriodicReturn r) => me.Has(ReturnsPermissions.Review) && me.OrgKind == OrgKinds.Office && me.RegionCode == r.ReviewerRegion;

    /// <summary>Where a notice to the return's unit goes.</summary>
    public static NoticeRecipient RecipientOf(string kind, string id, string regionCode) => kind == FillerKinds.Office
        ? new NoticeRecipient(OrgKinds.Office, id, null)
        : new NoticeRecipient(kind, regionCode, id);
}
