using Dudao.Data;
using Dudao.Modules.Organization.InstitutionLists;
using Dudao.Modules.Training.Domain;
using Dudao.Modules.Training.Filings;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training;

/// <summary>
/// The fee standards the 校外培训监管科 approved, for the public lookup of an institution (no login):
/// only what an approved fee filing holds, nothing pending or sent back.
/// </summary>
internal sealed class PublicFees(AppDbContext db) : IPublicFees
{
    public async Task<IReadOnlyList<PublicFee>> OfAsync(string institutionId, CancellationToken ct)
    {
        // Public: read past the caller's scope, but only approved fee filings.
        var filings = await db.Set<Filing>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.TargetId == institutionId && f.Kind == FilingKinds.Fee && f.Status == FilingStatuses.Approved)
            .OrderBy(f => f.Title).ThenBy(f => f.ReviewedAt).ToListAsync(ct);
        return filings.SelectMany(f => (FilingService.ReadContent(f.Content).Fees ?? [])
                .Select(i => new PublicFee(f.Title, i.Item, i.Price, i.Lessons, i.PerLesson, DateOnly.FromDateTime(Core.Time.ChinaTime.ToLocal(f.ReviewedAt!.Value)))))
            .ToList();
    }
}
