using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Triage;

/// <summary>
/// Flags a complaint as a likely repeat of an earlier one: same county, same target (matched
/// record or same normalised name) within the window, and text at least <see cref="TextScore"/>
/// similar by bigrams. A flag, not a merge: every report is still handled.
/// </summary>
public sealed class DuplicateFinder(AppDbContext db)
{
    public const double TextScore = 0.5;

    public async Task<string?> EarlierCopyAsync(string regionCode, string targetKey, string content, DateTime since, CancellationToken ct)
    {
        var earlier = await db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RegionCode == regionCode && c.TargetKey == targetKey && c.SubmittedAt >= since)
            .OrderBy(c => c.SubmittedAt)
            .Select(c => new { c.Id, c.Content })
            .Take(200)
            .ToListAsync(ct);
        var text = Bigrams.Of(content);
        return earlier.FirstOrDefault(c => Bigrams.Dice(text, Bigrams.Of(c.Content)) >= TextScore)?.Id;
    }
}
