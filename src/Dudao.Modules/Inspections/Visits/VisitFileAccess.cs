using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>A visit's photos and documents go to whoever may read the visit: its permission and the visit in scope.</summary>
internal sealed class VisitFileAccess(AppDbContext db) : IFileOwnerAccess
{
    public string OwnerKind => VisitService.FileOwner;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(InspectionsPermissions.View) && await db.Set<Visit>().AnyAsync(v => v.Id == ownerId, ct);
}
