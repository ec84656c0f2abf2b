using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Targeting;

/// <summary>
/// 有限督导、无限威慑: ranks a county's schools and operating institutions for a month by a score whose
/// every part is shown (see <see cref="ScoreParts"/>), counted from the records as they stood at the
/// month's first day, with the weights of <see cref="CampaignsRules"/>. Proposes the priority list and
/// the unannounced candidates; the office accepts them or its own edit.
/// </summary>
public sealed class TargetingService(AppDbContext db, ICurrentUser me, RegionDirectory regions, RuleService rules, TemplateService templates,
    TimeProvider clock)
{
    private const int Window = 12;

    public async Task<IReadOnlyList<TargetScoreDto>> RankAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var county = await CountyAsync(regionCode, ct);
        return await RankCountyAsync(county, MonthOrNext(month), ct);
    }

    /// <summary>The month's accepted list, or null when the office has not accepted one yet.</summary>
    public async Task<AcceptedListDto?> AcceptedAsync(string? regionCode, string? month, CancellationToken ct)
    {
        var county = await CountyAsync(regionCode, ct);
        var m = MonthOrNext(month);
        var list = await db.Set<TargetingList>().AsNoTracking().FirstOrDefaultAsync(l => l.RegionCode == county && l.Month == m, ct);
        if (list is null) return null;
        var entries = await db.Set<TargetingEntry>().AsNoTracking().Where(e => e.ListId == list.Id).OrderBy(e => e.Rank)
            .Select(e => new TargetingEntryDto(e.Rank, e.TargetKind, e.TargetId, e.TargetName, e.Unannounced)).ToListAsync(ct);
        return new AcceptedListDto(county, m, list.AcceptedAt, list.AcceptedBy, entries);
    }

    /// <summary>Stores the office's list for the county and month, replacing one accepted before.</summary>
    public async Task<AcceptedListDto> AcceptAsync(TargetingAcceptInput input, CancellationToken ct)
    {
        var county = await CountyAsync(input.RegionCode, ct);
        var m = MonthOrNext(input.Month);
        var priority = (input.PriorityIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        var unannounced = (input.UnannouncedIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        var errors = new ValidationErrors();
        if (priority.Count == 0) errors.Add("priorityIds", "请至少选择一个重点督导对象");
        if (priority.Count > 200) errors.Add("priorityIds", "重点督导对象不能多于200个");
        var targets = await CountyTargetsAsync(county, ct);
        foreach (var missing in priority.Where(id => !targets.ContainsKey(id))) errors.Add("priorityIds", Check.MissingOrOutOfScope($"督导对象“{missing}”"));
        foreach (var extra in unannounced.Except(priority)) errors.Add("unannouncedIds", $"暗访对象“{targets.GetValueOrDefault(extra).Name ?? extra}”应同时列入重点督导清单");
        errors.ThrowIfAny();

        var list = await db.Set<TargetingList>().FirstOrDefaultAsync(l => l.RegionCode == county && l.Month == m, ct);
        if (list is null) db.Add(list = new TargetingList { RegionCode = county, Month = m });
        else await db.Set<TargetingEntry>().Where(e => e.ListId == list.Id).ExecuteDeleteAsync(ct);
        list.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        list.AcceptedBy = me.UserName;
        db.AddRange(priority.Select((id, i) => new TargetingEntry
        {
            ListId = list.Id, TargetKind = targets[id].Kind, TargetId = id, TargetName = targets[id].Name, RegionCode = county, Rank = i + 1,
            Unannounced = unannounced.Contains(id),
        }));
        await db.SaveChangesAsync(ct);
        return (await AcceptedAsync(county, m, ct))!;
    }

    /// <summary>
    /// A draw's pool by the ranking: the first <paramref name="top"/> of <paramref name="targetKind"/> on the
    /// month's accepted list, or on the proposed ranking (score above 0) when none was accepted.
    /// </summary>
    public async Task<IReadOnlyList<string>> TopAsync(string county, string month, int top, string targetKind, CancellationToken ct)
    {
        var accepted = await AcceptedAsync(county, month, ct);
        if (accepted is not null) return [.. accepted.Entries.Where(e => e.TargetKind == targetKind).Take(top).Select(e => e.TargetId)];
        return [.. (await RankCountyAsync(county, month, ct)).Where(t => t.TargetKind == targetKind && t.Score > 0).Take(top).Select(t => t.TargetId)];
    }

    /// <summary>The month asked for (yyyy-MM), next month by default: the list is drawn up for the month ahead.</summary>
    public string MonthOrNext(string? month)
    {
        if (string.IsNullOrWhiteSpace(month)) return clock.Today().AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || DateBounds.Check(first) is not null)
        {
            throw ValidationFailedException.For("month", "月份格式应为 yyyy-MM，如 2026-11");
        }
        return month.Trim();
    }

    /// <summary>The county asked for (the caller's own by default): 400 when not a county, 404 when outside the caller's scope.</summary>
    public async Task<string> CountyAsync(string? regionCode, CancellationToken ct)
    {
        var code = RegionFilter.OrDefault(regionCode, me.RegionCode);
        var region = await regions.FindAsync(code, ct);
        if (region is null || !me.Scope.Covers(code)) throw DomainException.NotFound("行政区划");
        if (region.Level != Core.RegionCodes.County) throw ValidationFailedException.For(RegionFilter.Field, $"靶向督导按区县排序，请选择{region.Name}下的区县");
        return code;
    }

    private async Task<IReadOnlyList<TargetScoreDto>> RankCountyAsync(string county, string month, CancellationToken ct)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asOf = ChinaTime.StartOfDayUtc(first);
        var since = ChinaTime.StartOfDayUtc(first.AddMonths(-Window));
        var monthIndex = first.Year * 12 + first.Month;
        async Task<int> W(string key) => await rules.GetAsync(key, county, ct);
        var (wc, wo, wr, wg, wu) = (await W(CampaignsRules.ComplaintWeight), await W(CampaignsRules.OverdueWeight), await W(CampaignsRules.ReopenedWeight),
            await W(CampaignsRules.GapWeight), await W(CampaignsRules.UnvisitedWeight));
        var (priorityCount, unannouncedCount) = (await W(CampaignsRules.PriorityCount), await W(CampaignsRules.UnannouncedCount));

        var targets = await CountyTargetsAsync(county, ct);

        // A suspected duplicate (DuplicateOfId) is the same report again: only the first counts. Refused reports do not count.
        var complaints = await db.Set<Complaint>().AsNoTracking().InRegion(county)
            .Where(c => c.MatchedId != null && c.DuplicateOfId == null && c.Status != ComplaintStatuses.Rejected && c.SubmittedAt >= since && c.SubmittedAt < asOf)
            .Select(c => new { c.MatchedId, c.SubmittedAt }).ToListAsync(ct);
        var complaintWeights = complaints.GroupBy(c => c.MatchedId!).ToDictionary(g => g.Key, g => g.Sum(c =>
        {
            var local = ChinaTime.ToLocal(c.SubmittedAt);
            return Window - (monthIndex - (local.Year * 12 + local.Month) - 1);
        }));

        var overdue = await db.Set<Problem>().AsNoTracking().InRegion(county)
            .Where(p => p.CreatedAt < asOf && p.Deadline < first && (p.Status != ProblemStatuses.Closed || p.ClosedAt >= asOf))
            .GroupBy(p => p.TargetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var reopened = await db.Set<ProblemStep>().AsNoTracking().InRegion(county)
            .Where(s => (s.Action == ProblemActions.VerifyFailed || s.Action == ProblemActions.FollowUpFailed) && s.At >= since && s.At < asOf)
            .Select(s => new { s.TargetId, s.ProblemId }).Distinct().ToListAsync(ct);
        var reopenedCounts = reopened.GroupBy(s => s.TargetId).ToDictionary(g => g.Key, g => g.Count());

        var lastVisits = await db.Set<Visit>().AsNoTracking().InRegion(county).Where(v => v.Date < first)
            .GroupBy(v => v.TargetId).Select(g => new { g.Key, Last = g.Max(v => v.Date) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        var gaps = await SelfGapsAsync(county, first, asOf, ct);

        var scored = targets.Select(t =>
        {
            var id = t.Key;
            var unvisited = lastVisits.TryGetValue(id, out var last) ? Math.Clamp(monthIndex - (last.Year * 12 + last.Month) - 1, 0, Window) : Window;
            var parts = new ScoreParts(
                ScorePart.Of(Math.Round(complaintWeights.GetValueOrDefault(id) / (decimal)Window, 2, MidpointRounding.AwayFromZero), wc),
                ScorePart.Of(overdue.GetValueOrDefault(id), wo),
                ScorePart.Of(reopenedCounts.GetValueOrDefault(id), wr),
                ScorePart.Of(gaps.GetValueOrDefault(id), wg),
                ScorePart.Of(unvisited, wu));
            return (Id: id, t.Value.Kind, t.Value.Name, Parts: parts);
        }).OrderByDescending(s => s.Parts.Total).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

        var proposed = scored.Where(s => s.Parts.Total > 0).Take(priorityCount).Select(s => s.Id).ToHashSet();
        var unannounced = scored.Where(s => proposed.Contains(s.Id) && (s.Parts.Complaints.Value > 0 || s.Parts.Reopened.Value > 0))
            .Take(unannouncedCount).Select(s => s.Id).ToHashSet();
        return [.. scored.Select((s, i) => new TargetScoreDto(s.Kind, s.Id, s.Name, county, s.Parts.Total, s.Parts, i + 1, proposed.Contains(s.Id), unannounced.Contains(s.Id)))];
    }

    /// <summary>The county's schools and operating institutions by id.</summary>
    private async Task<Dictionary<string, (string Kind, string Name)>> CountyTargetsAsync(string county, CancellationToken ct)
    {
        var schools = await db.Set<School>().AsNoTracking().InRegion(county).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var institutions = await db.Set<Institution>().AsNoTracking().InRegion(county).Where(i => i.Status == Institution.Normal)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        return schools.Select(s => (s.Id, Kind: Assignment.SchoolTarget, s.Name))
            .Concat(institutions.Select(i => (i.Id, Kind: Assignment.InstitutionTarget, i.Name)))
            .ToDictionary(t => t.Id, t => (t.Kind, t.Name));
    }

    /// <summary>Per target, Σ max(0, self − inspector) over the checklist's items both scored, between its latest self-assessment and the latest visit on that checklist before the month.</summary>
    private async Task<Dictionary<string, decimal>> SelfGapsAsync(string county, DateOnly first, DateTime asOf, CancellationToken ct)
    {
        var selves = (await db.Set<SelfAssessment>().AsNoTracking().InRegion(county)
                .Where(s => s.Status == SelfAssessment.Submitted && s.SubmittedAt < asOf).ToListAsync(ct))
            .GroupBy(s => s.TargetId).Select(g => g.OrderByDescending(s => s.SubmittedAt).First()).ToList();
        if (selves.Count == 0) return [];
        var rounds = await db.Set<SelfAssessmentRound>().AsNoTracking().InRegion(county).ToDictionaryAsync(r => r.Id, r => r.TemplateId, ct);
        var ids = selves.Select(s => s.TargetId).ToList();
        var visits = (await db.Set<Visit>().AsNoTracking().Where(v => ids.Contains(v.TargetId) && v.Date < first && v.Results != "[]").ToListAsync(ct))
            .ToLookup(v => (v.TargetId, v.TemplateId));
        var gaps = new Dictionary<string, decimal>();
        var trees = new Dictionary<(string, string), TemplateTree>();
        foreach (var self in selves)
        {
            if (!rounds.TryGetValue(self.RoundId, out var templateId)) continue;
            var visit = visits[(self.TargetId, templateId)].OrderByDescending(v => v.Date).ThenByDescending(v => v.CreatedAt).FirstOrDefault();
            if (visit is null) continue;
            if (!trees.TryGetValue((templateId, self.TargetKind), out var tree))
                trees[(templateId, self.TargetKind)] = tree = (await templates.LoadAsync(templateId, ct)).For(self.TargetKind);
            var inspector = visit.ResultList.ToDictionary(r => r.Code, r => r.Value);
            var own = self.ResultList.ToDictionary(r => r.Code, r => r.Value);
            var gap = tree.Items.Sum(i => i.Rule.Score(own.GetValueOrDefault(i.Node.Code)) is { } s && i.Rule.Score(inspector.GetValueOrDefault(i.Node.Code)) is { } v
                ? Math.Max(0, s - v) : 0);
            gaps[self.TargetId] = Math.Round((decimal)gap, 2, MidpointRounding.AwayFromZero);
        }
        return gaps;
    }
}
