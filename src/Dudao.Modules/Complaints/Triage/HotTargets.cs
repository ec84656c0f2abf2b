using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Queue;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Triage;

/// <param name="Suggestion">Always <c>unannounced-visit</c>: a “四不两直” visit to the target.</param>
public sealed record HotTargetDto(string RegionCode, string TargetKey, string TargetName, string? MatchedKind, string? MatchedId,
    int Count, int WindowDays, int Threshold, string Suggestion = "unannounced-visit");

/// <summary>
/// Counts complaints per target over a window. A target with at least the threshold in the
/// window is hot: flagged for focused supervision (重点督办) and suggested for an unannounced visit.
/// </summary>
public sealed class HotTargets(AppDbContext db, RuleService rules, NoticeService notices, TimeProvider clock)
{
    public async Task<(int Threshold, int WindowDays)> SettingsAsync(string regionCode, CancellationToken ct)
    {
        var settings = await ComplaintsRules.ForAsync(rules, regionCode, ct);
        return (settings.HotThreshold, settings.HotWindowDays);
    }

    public DateTime Since(int windowDays) => ChinaTime.StartOfDayUtc(clock.Today().AddDays(-windowDays));

    /// <summary>How many complaints about this target arrived in the window (any scope: used at intake).</summary>
    public async Task<int> CountAsync(string regionCode, string targetKey, int windowDays, CancellationToken ct)
    {
        var since = Since(windowDays);
        return await db.Set<Complaint>().IgnoreQueryFilters()
            .CountAsync(c => c.RegionCode == regionCode && c.TargetKey == targetKey && c.SubmittedAt >= since, ct);
    }

    /// <summary>Counts for many targets at once, for a page of the queue.</summary>
    public async Task<Dictionary<(string Region, string Key), int>> CountsAsync(IReadOnlyCollection<string> targetKeys, int windowDays, CancellationToken ct)
    {
        var since = Since(windowDays);
        var rows = await db.Complaints().AsNoTracking()
            .Where(c => targetKeys.Contains(c.TargetKey) && c.SubmittedAt >= since)
            .GroupBy(c => new { c.RegionCode, c.TargetKey })
            .Select(g => new { g.Key.RegionCode, g.Key.TargetKey, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.RegionCode, r.TargetKey), r => r.Count);
    }

    /// <summary>The hot targets in the caller's scope, most complained about first, by the rules of <paramref name="regionCode"/>.</summary>
    public async Task<IReadOnlyList<HotTargetDto>> ListAsync(string regionCode, CancellationToken ct)
    {
        var (threshold, windowDays) = await SettingsAsync(regionCode, ct);
        var since = Since(windowDays);
        var groups = await db.Complaints().AsNoTracking().InRegion(regionCode)
            .Where(c => c.SubmittedAt >= since)
            .GroupBy(c => new { c.RegionCode, c.TargetKey })
            .Where(g => g.Count() >= threshold)
            .Select(g => new { g.Key.RegionCode, g.Key.TargetKey, Count = g.Count() })
            .OrderByDescending(g => g.Count)
            .Take(100)
            .ToListAsync(ct);
        var keys = groups.Select(g => g.TargetKey).ToList();
        var latest = (await db.Complaints().AsNoTracking()
                .Where(c => keys.Contains(c.TargetKey) && c.SubmittedAt >= since)
                .Select(c => new { c.RegionCode, c.TargetKey, c.TargetName, c.MatchedKind, c.MatchedId, c.MatchedName, c.SubmittedAt })
                .ToListAsync(ct))
            .GroupBy(c => (c.RegionCode, c.TargetKey))
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.SubmittedAt)!);
        return groups.Select(g =>
        {
            var c = latest[(g.RegionCode, g.TargetKey)];
            return new HotTargetDto(g.RegionCode, g.TargetKey, c.MatchedName ?? c.TargetName, c.MatchedKind, c.MatchedId, g.Count, windowDays, threshold);
        }).ToList();
    }

    /// <summary>
    /// Tells the county's supervision office once a target reaches the threshold (once a month per target);
    /// called for a complaint once it is stored, so that it counts itself and every report committed before it.
    /// </summary>
    /// <returns>Whether a notice was added (to be saved by the caller).</returns>
    public async Task<bool> NotifyIfHotAsync(Complaint complaint, ComplaintSettings settings, CancellationToken ct)
    {
        var (threshold, windowDays) = (settings.HotThreshold, settings.HotWindowDays);
        var count = await CountAsync(complaint.RegionCode, complaint.TargetKey, windowDays, ct);
        if (count < threshold) return false;
        var name = complaint.MatchedName ?? complaint.TargetName;
        return await notices.SendAsync(new NoticeRecipient(OrgKinds.Office, complaint.RegionCode, null),
            $"重点督办：{name}",
            $"“{name}”近 {windowDays} 天被举报 {count} 件，已达到重点督办标准（{threshold} 件），建议开展“四不两直”暗访。",
            "/staff/complaints?hot=true",
            $"complaints-hot:{complaint.RegionCode}:{complaint.TargetKey}:{clock.Today():yyyy-MM}", ct);
    }
}
