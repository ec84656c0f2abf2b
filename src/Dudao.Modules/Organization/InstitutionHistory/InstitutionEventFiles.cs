using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.InstitutionHistory;

/// <summary>A step's document goes to whoever may read the institution's registry record in scope.</summary>
internal sealed class InstitutionEventFiles(AppDbContext db) : IFileOwnerAccess
{
    public const string OwnerKind = "institution-event";

    string IFileOwnerAccess.OwnerKind => OwnerKind;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(OrganizationPermissions.View) && await db.Set<InstitutionEvent>().AnyAsync(e => e.Id == ownerId, ct);
}
