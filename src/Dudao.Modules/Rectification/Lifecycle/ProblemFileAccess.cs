using Dudao.Data;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>Evidence of a step goes to whoever may read the problem: the ledger permission and the problem in scope.</summary>
internal sealed class ProblemFileAccess(AppDbContext db) : IFileOwnerAccess
{
    public string OwnerKind => ProblemFiles.OwnerKind;

    public async Task<bool> MayReadAsync(string ownerId, CancellationToken ct) =>
        db.User.Has(RectificationPermissions.View)
        && await (from step in db.Set<ProblemStep>()
                  join problem in db.Set<Problem>() on step.ProblemId equals problem.Id
                  where step.Id == ownerId
                  select problem.Id).AnyAsync(ct);
}
