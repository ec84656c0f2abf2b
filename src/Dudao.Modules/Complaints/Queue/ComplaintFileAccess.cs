using Dudao.Data;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>
/// A complaint's evidence goes only to staff who may read the complaint: its permission, the
/// complaint in scope, and never the account of a school or institution.
/// </summary>
internal sealed class ComplaintFileAccess(AppDbContext db) : IFileOwnerAccess
{
    public string OwnerKind => EvidenceFiles.OwnerKind;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(ComplaintsPermissions.View) && db.User.Scope.TargetId is null
        && await db.Complaints().AnyAsync(c => c.Id == ownerId, ct);
}
