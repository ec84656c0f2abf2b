using Dudao.Data;
using Dudao.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Teams.Grants;

/// <summary>
/// Writes a team's dated scope grants (ADR-112) into the unit of work of the change that forms or
/// re-forms it: the grants of one source are replaced as a whole, so a member taken off a team loses
/// its access with the same save. Grants are read past no filter (they carry no region of the caller).
/// </summary>
public sealed class TeamGrants(AppDbContext db)
{
    public async Task ReplaceAsync(string sourceKind, string sourceId, IEnumerable<ScopeGrant> grants, CancellationToken ct)
    {
        db.RemoveRange(await db.Set<ScopeGrant>().Where(g => g.SourceKind == sourceKind && g.SourceId == sourceId).ToListAsync(ct));
        db.AddRange(grants);
    }
}
