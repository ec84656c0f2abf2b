using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Triage;

public sealed record TargetCandidate(string Kind, string Id, string Name, double Score);

/// <summary>
/// Finds the registry record (school or institution of the county) a typed target name means.
/// Reads past the caller's scope: the public form has no scope, and only names leave this class.
/// </summary>
public sealed class TargetMatcher(AppDbContext db)
{
    /// <summary>A registry name at least this similar is taken as the target.</summary>
    public const double MatchScore = 0.6;
    private const double SuggestScore = 0.3;

    public async Task<IReadOnlyList<TargetCandidate>> SuggestAsync(string regionCode, string? targetKind, string? typed, int max, CancellationToken ct)
    {
        var query = Bigrams.Of(typed);
        if (query.Count == 0) return [];
        var names = new List<(string Kind, string Id, string Name)>();
        if (targetKind is null or ComplaintTargetKinds.School or ComplaintTargetKinds.Teacher or ComplaintTargetKinds.Other)
        {
            names.AddRange((await db.Set<School>().IgnoreQueryFilters().AsNoTracking().Where(s => s.RegionCode == regionCode)
                .Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (ComplaintTargetKinds.School, s.Id, s.Name)));
        }
        if (targetKind is null or ComplaintTargetKinds.Institution or ComplaintTargetKinds.Other)
        {
            names.AddRange((await db.Set<Institution>().IgnoreQueryFilters().AsNoTracking().Where(i => i.RegionCode == regionCode)
                .Select(i => new { i.Id, i.Name }).ToListAsync(ct)).Select(i => (ComplaintTargetKinds.Institution, i.Id, i.Name)));
        }
        return names
            .Select(n => new TargetCandidate(n.Kind, n.Id, n.Name, Bigrams.NameScore(query, Bigrams.Of(n.Name))))
            .Where(c => c.Score >= SuggestScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// The one record the name means, or null when none is close enough or two are equally close.
    /// A teacher is matched to nothing: teachers are not in the registry.
    /// </summary>
    public async Task<TargetCandidate?> MatchAsync(string regionCode, string targetKind, string typed, CancellationToken ct)
    {
        if (targetKind == ComplaintTargetKinds.Teacher) return null;
        var best = await SuggestAsync(regionCode, targetKind, typed, 2, ct);
        if (best.Count == 0 || best[0].Score < MatchScore) return null;
        return best.Count > 1 && Math.Abs(best[1].Score - best[0].Score) < 1e-9 ? null : best[0];
    }
}
