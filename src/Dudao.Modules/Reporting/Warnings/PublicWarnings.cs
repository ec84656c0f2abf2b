using Dudao.Data;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Warnings;

/// <summary>Published warnings for the public, newest first; read past the scope filter on purpose, public fields only.</summary>
public sealed class PublicWarnings(AppDbContext db)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<PublicWarningDto>> ListAsync(CancellationToken ct) =>
        await db.Set<PublicWarning>().IgnoreQueryFilters().AsNoTracking().OrderByDescending(w => w.PublishedAt).Take(Limit)
            .Select(w => new PublicWarningDto(w.RegionCode, w.Kind, w.Month, w.Title, w.Body, w.PublishedAt)).ToListAsync(ct);
}
