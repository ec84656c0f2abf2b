using System.Globalization;
using System.Text.Json.Nodes;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// Two run 双随机 draws and one announced (its seed day ahead), next month's accepted priority list for
/// 九龙坡区, and last quarter's 集中督导 window over its 第一责任区 schools, whose progress the history's visits fill.
/// </summary>
internal static class CampaignHistory
{
    public static void Write(DemoStory story, AppDbContext db)
    {
        var jlpInspectors = story.Inspectors.Values.Where(i => i.RegionCode == DemoData.Jiulongpo).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var spbInspectors = story.Inspectors.Values.Where(i => i.RegionCode == DemoData.Shapingba).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var jlpInstitutions = story.Institutions.Where(i => i.RegionCode == DemoData.Jiulongpo && i.Status == Institution.Normal)
            .Select(i => new DrawTarget(i.Id, i.Name, i.RegionCode)).ToList();
        var spbSchools = story.Schools.Where(s => s.RegionCode == DemoData.Shapingba && s.Type == "小学").Select(s => new DrawTarget(s.Id, s.Name, s.RegionCode)).ToList();
        if (jlpInspectors.Count < 3 || spbInspectors.Count < 3 || jlpInstitutions.Count < 4 || spbSchools.Count < 4) return;

        db.AddRange(
            Draw(story, "2026年校外培训机构“双随机、一公开”抽查（第一批）", Assignment.InstitutionTarget, DemoData.Jiulongpo, [], jlpInstitutions, jlpInspectors, 4, 2, 45, "0412"),
            Draw(story, "沙坪坝区小学课后服务“双随机”抽查", Assignment.SchoolTarget, DemoData.Shapingba, new() { ["types"] = new JsonArray("小学") }, spbSchools, spbInspectors, 5, 2, 20, "03-07-12-21-28-33.05"),
            Draw(story, "2026年校外培训机构“双随机、一公开”抽查（第二批）", Assignment.InstitutionTarget, DemoData.Jiulongpo, [], jlpInstitutions, jlpInspectors, 4, 2, -5, null));

        var month = story.Today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var list = new TargetingList { RegionCode = DemoData.Jiulongpo, Month = month, AcceptedAt = story.Now.AddDays(-1), AcceptedBy = "jlp-admin" };
        db.Add(list);
        var priority = story.Schools.Where(s => s.RegionCode == DemoData.Jiulongpo).Take(5).ToList();
        db.AddRange(priority.Select((s, i) => new TargetingEntry
        {
            ListId = list.Id, TargetKind = Assignment.SchoolTarget, TargetId = s.Id, TargetName = s.Name, RegionCode = s.RegionCode, Rank = i + 1, Unannounced = i == 0,
        }));

        var campaign = new Campaign
        {
            RegionCode = DemoData.Jiulongpo, Name = "第三季度“双减”集中督导", Kind = Campaign.Quarterly, TargetKind = Assignment.SchoolTarget,
            StartsOn = story.DaysAgo(70), EndsOn = story.DaysAgo(60), FilterText = "第一责任区", CreatedAt = story.Now.AddDays(-80), CreatedBy = "jlp-admin",
        };
        db.Add(campaign);
        db.AddRange(story.Schools.Where(s => s.RegionCode == DemoData.Jiulongpo && s.Zone == "第一责任区")
            .Select(s => new CampaignTarget { CampaignId = campaign.Id, TargetId = s.Id, TargetName = s.Name, RegionCode = s.RegionCode }));
        db.AddRange(jlpInspectors.Take(2).Select(i => new CampaignMember { CampaignId = campaign.Id, InspectorId = i.Id, InspectorName = i.Name, RegionCode = i.RegionCode }));
    }

    /// <param name="daysAgo">When it was run (announced a week before); negative: announced now, its seed day that many days ahead.</param>
    private static Draw Draw(DemoStory story, string title, string kind, string county, Dictionary<string, JsonNode?> filter, List<DrawTarget> targets,
        List<Inspector> inspectors, int targetCount, int inspectorCount, int daysAgo, string? seed)
    {
        var assigned = targets.Where(t => story.AssignedInspector.ContainsKey(t.Id) && inspectors.Any(i => i.Id == story.AssignedInspector[t.Id]))
            .Select(t => new DrawConflict(story.AssignedInspector[t.Id], t.Id, DrawConflicts.Assigned)).ToList();
        var seedDay = daysAgo >= 0 ? story.DaysAgo(daysAgo) : story.Today.AddDays(-daysAgo);
        var document = new DrawDocument(county, title, kind, filter, targetCount, inspectorCount, seedDay, "当日福利彩票开奖号码", targets,
            [.. inspectors.Select(i => new DrawInspector(i.Id, i.Name, i.RegionCode))], assigned);
        var input = document.ToCanonicalJson();
        var announced = daysAgo >= 0 ? story.Now.AddDays(-daysAgo - 7) : story.Now;
        var office = DemoStory.Office(county);
        var draw = new Draw
        {
            RegionCode = county, Title = title, TargetKind = kind, TargetCount = targetCount, InspectorCount = inspectorCount, SeedFixedOn = seedDay,
            SeedSource = document.SeedSource, Input = input, InputsHash = CanonicalJson.Sha256(input), CreatedAt = announced, CreatedBy = office,
        };
        if (seed is null) return draw;
        draw.Seed = seed;
        draw.Result = DrawAlgorithm.Run(input, seed).ToCanonicalJson();
        draw.Status = Campaigns.Domain.Draw.Run;
        draw.RunAt = story.Now.AddDays(-daysAgo);
        draw.RunBy = office;
        return draw;
    }
}
