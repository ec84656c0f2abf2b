using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Campaigns.Draws;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Windows;

/// <summary>
/// Campaign windows (000 §3: 第二季度集中督导时间为5月10日至5月20日; 回头看; holiday 专项): declared with dates,
/// targets (chosen or by a filter, frozen then) and a team; progress counts any visit to a target inside
/// the window, and the problems those visits found.
/// </summary>
public sealed class CampaignService(AppDbContext db, ICurrentUser me, RegionDirectory regions, DrawPool pools, LetterheadService letterheads, TimeProvider clock)
{
    public const int MaxTargets = 2000;

    public async Task<CampaignDetailDto> DeclareAsync(CampaignInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var region = RegionFilter.OrDefault(input.RegionCode, me.RegionCode);
        errors.AddIf("regionCode", await regions.CheckInScopeAsync(region, me.Scope, county: false, ct));
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add("name", "请填写名称");
        errors.AddIf("name", Check.Length(name, 100, "名称"));
        errors.AddIf("kind", Check.OneOfCodes(input.Kind, Campaign.Kinds, "类型"));
        errors.AddIf("targetKind", Check.OneOfCodes(input.TargetKind, [Assignment.SchoolTarget, Assignment.InstitutionTarget], "督导对象类型"));
        if (input.StartsOn is null) errors.Add("startsOn", "请填写开始日期");
        if (input.EndsOn is null) errors.Add("endsOn", "请填写结束日期");
        DateBounds.CheckRange(errors, input.StartsOn, input.EndsOn, "startsOn", "endsOn");
        var inspectorIds = (input.InspectorIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        if (inspectorIds.Count == 0) errors.Add("inspectorIds", "请至少选择一名督学");
        errors.ThrowIfAny();

        var targetIds = (input.TargetIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        var saved = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>();
        var targets = await pools.TargetsAsync(region, input.TargetKind!, targetIds.Count > 0 ? new DrawFilterInput() : input.TargetFilter ?? new DrawFilterInput(), saved, ct);
        if (targetIds.Count > 0)
        {
            foreach (var missing in targetIds.Except(targets.Select(t => t.Id))) errors.Add("targetIds", Check.MissingOrOutOfScope($"督导对象“{missing}”"));
            targets = [.. targets.Where(t => targetIds.Contains(t.Id))];
            saved.Clear();
        }
        else if (targets.Count == 0)
        {
            errors.Add("targetFilter", "按所选条件没有督导对象");
        }
        if (targets.Count > MaxTargets) errors.Add("targetFilter", $"督导对象不能多于{MaxTargets}个，请缩小范围");
        var team = await db.Set<Inspector>().AsNoTracking().Where(i => inspectorIds.Contains(i.Id)).ToListAsync(ct);
        foreach (var missing in inspectorIds.Except(team.Select(i => i.Id))) errors.Add("inspectorIds", Check.MissingOrOutOfScope($"督学“{missing}”"));
        errors.ThrowIfAny();

        var campaign = new Campaign
        {
            RegionCode = region, Name = name, Kind = input.Kind!, TargetKind = input.TargetKind!, StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value,
            FilterText = saved.Count == 0 ? null : string.Join("；", saved.Select(s => s.Value is System.Text.Json.Nodes.JsonArray a ? string.Join("、", a) : s.Value?.ToString())),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = me.UserName,
        };
        db.Add(campaign);
        db.AddRange(targets.Select(t => new CampaignTarget { CampaignId = campaign.Id, TargetId = t.Id, TargetName = t.Name, RegionCode = t.RegionCode }));
        db.AddRange(team.Select(i => new CampaignMember { CampaignId = campaign.Id, InspectorId = i.Id, InspectorName = i.Name, RegionCode = i.RegionCode }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(campaign.Id, ct);
    }

    public async Task<IReadOnlyList<CampaignSummaryDto>> ListAsync(CancellationToken ct)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.StartsOn).Take(100).ToListAsync(ct);
        var list = new List<CampaignSummaryDto>();
        foreach (var c in campaigns)
        {
            var (targets, _) = await ProgressAsync(c, ct);
            list.Add(new CampaignSummaryDto(c.Id, c.RegionCode, c.Name, c.Kind, Campaign.KindLabel(c.Kind), c.TargetKind, c.StartsOn, c.EndsOn,
                targets.Count, targets.Count(t => t.VisitId is not null), targets.Sum(t => t.Problems)));
        }
        return list;
    }

    public async Task<CampaignDetailDto> GetAsync(string id, CancellationToken ct)
    {
        var c = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("集中督导");
        var (targets, closed) = await ProgressAsync(c, ct);
        var team = await db.Set<CampaignMember>().AsNoTracking().Where(m => m.CampaignId == id).OrderBy(m => m.InspectorName)
            .Select(m => new NamedRef(m.InspectorId, m.InspectorName, m.RegionCode)).ToListAsync(ct);
        var visited = targets.Count(t => t.VisitId is not null);
        return new CampaignDetailDto(c.Id, c.RegionCode, c.Name, c.Kind, Campaign.KindLabel(c.Kind), c.TargetKind, c.StartsOn, c.EndsOn, c.FilterText,
            targets, team, visited, targets.Count - visited, targets.Sum(t => t.Problems), closed, clock.Today() >= c.EndsOn, c.Version);
    }

    /// <summary>
    /// The report at the window's end (.docx on the office's letterhead, its 文号 issued once): the figures,
    /// the team, the targets not visited and the problems found. 409 before the last day, when it would report half a window.
    /// </summary>
    public async Task<(byte[] Content, string FileName)> ReportAsync(string id, CancellationToken ct)
    {
        var c = await GetAsync(id, ct);
        if (!c.Ended) throw DomainException.Conflict($"{c.Name}到{c.EndsOn:yyyy-MM-dd}结束，结束当天起可生成总结报告");
        var visitIds = c.Targets.Where(t => t.VisitId is not null).Select(t => t.TargetId).ToList();
        var found = await db.Set<Problem>().AsNoTracking()
            .Where(p => p.Source == ProblemSources.Inspection && visitIds.Contains(p.TargetId) && p.SourceId != null
                        && db.Set<Visit>().Any(v => v.Id == p.SourceId && v.Date >= c.StartsOn && v.Date <= c.EndsOn))
            .OrderBy(p => p.TargetName).ThenBy(p => p.CreatedAt).Select(p => new CampaignProblem(p.TargetName, p.Description, p.Status == ProblemStatuses.Closed))
            .ToListAsync(ct);
        var header = await letterheads.IssueAsync(ReportKind, c.Id, c.RegionCode, ct);
        return (CampaignReportDocx.Write(c, found, header), $"{c.Name}总结报告.docx");
    }

    private const string ReportKind = "campaign-report";

    /// <summary>Each target with its visits inside the window and the problems they found; and how many of those are closed.</summary>
    private async Task<(List<CampaignTargetDto> Targets, int Closed)> ProgressAsync(Campaign c, CancellationToken ct)
    {
        var targets = await db.Set<CampaignTarget>().AsNoTracking().Where(t => t.CampaignId == c.Id).OrderBy(t => t.TargetName).ToListAsync(ct);
        var ids = db.Set<CampaignTarget>().Where(t => t.CampaignId == c.Id).Select(t => t.TargetId);
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => ids.Contains(v.TargetId) && v.Date >= c.StartsOn && v.Date <= c.EndsOn)
            .OrderBy(v => v.Date).Select(v => new { v.Id, v.TargetId, v.Date }).ToListAsync(ct);
        var visitIds = visits.Select(v => v.Id).ToList();
        var problems = await db.Set<Problem>().AsNoTracking().Where(p => p.Source == ProblemSources.Inspection && p.SourceId != null && visitIds.Contains(p.SourceId))
            .Select(p => new { p.TargetId, p.Status }).ToListAsync(ct);
        var byTarget = visits.ToLookup(v => v.TargetId);
        var found = problems.ToLookup(p => p.TargetId);
        return ([.. targets.Select(t =>
        {
            var first = byTarget[t.TargetId].FirstOrDefault();
            return new CampaignTargetDto(t.TargetId, t.TargetName, t.RegionCode, first?.Id, first?.Date, byTarget[t.TargetId].Count(), found[t.TargetId].Count());
        })], problems.Count(p => p.Status == ProblemStatuses.Closed));
    }
}
