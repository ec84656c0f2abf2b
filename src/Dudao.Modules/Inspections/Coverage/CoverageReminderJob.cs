using System.Globalization;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Jobs;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Coverage;

/// <summary>
/// On the 21st (and whenever an admin runs it after the 20th), each inspector with assigned schools
/// or training institutions not yet visited this month gets one notice listing them — only in the
/// months of the county's 月月督 season.
/// </summary>
public sealed class CoverageReminderJob(AppDbContext db, NoticeService notices, CoverageSeason seasons, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "coverage-reminder";
    private const int ListedNames = 20;

    public string Name => JobName;
    public string Title => "督导覆盖提醒";
    public JobSchedule Schedule => JobSchedule.Monthly(21, 8);

    private sealed record Gap(string InspectorId, string RegionCode, string TargetKind, string Code, string Name);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        if (today.Day <= 20) return "每月20日之后才提醒";
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var marks = db.Set<CoverageMark>();
        var unvisited = db.Set<Assignment>().Where(a => !marks.Any(c => c.Month == month && c.TargetId == a.TargetId));
        var gaps = await (from a in unvisited
                          where a.TargetKind == Assignment.SchoolTarget
                          join s in db.Set<School>() on a.TargetId equals s.Id
                          select new Gap(a.InspectorId, a.RegionCode, a.TargetKind, s.Code, s.Name)).ToListAsync(ct);
        gaps.AddRange(await (from a in unvisited
                             where a.TargetKind == Assignment.InstitutionTarget
                             join i in CoveredInstitutions.Of(db) on a.TargetId equals i.Id
                             select new Gap(a.InspectorId, a.RegionCode, a.TargetKind, i.Uscc, i.Name)).ToListAsync(ct));

        var seasonOf = new Dictionary<string, Season>();
        var (sent, resting) = (0, 0);
        foreach (var inspector in gaps.GroupBy(g => (g.InspectorId, g.RegionCode)).OrderBy(g => g.Key.InspectorId, StringComparer.Ordinal))
        {
            var county = inspector.Key.RegionCode;
            if (!seasonOf.TryGetValue(county, out var season)) seasonOf[county] = season = await seasons.OfAsync(county, ct);
            if (!season.Contains(today.Month))
            {
                resting++;
                continue;
            }
            var schools = Names(inspector, Assignment.SchoolTarget);
            var institutions = Names(inspector, Assignment.InstitutionTarget);
            var counted = string.Join("、", new[] { schools.Count > 0 ? $"{schools.Count} 所学校" : null, institutions.Count > 0 ? $"{institutions.Count} 家培训机构" : null }
                .OfType<string>());
            var body = $"截至{today:M月d日}，您挂牌的{counted}本月尚未督导。"
                       + (schools.Count > 0 ? $"学校：{Listed(schools)}。" : "")
                       + (institutions.Count > 0 ? $"培训机构：{Listed(institutions)}。" : "")
                       + "请在月底前完成“月月督”。";
            if (await notices.SendAsync(new NoticeRecipient(OrgKinds.Inspector, county, inspector.Key.InspectorId),
                    $"{month} 月月督提醒：{counted}未督导", body, $"/staff/coverage?month={month}", $"coverage:{month}:{inspector.Key.InspectorId}", ct))
            {
                sent++;
            }
        }
        await db.SaveChangesAsync(ct);
        return $"{sent} 名督学收到提醒" + (resting > 0 ? $"；{resting} 名督学所在区县本月不在月月督时段，未提醒" : "");
    }

    private static List<string> Names(IEnumerable<Gap> gaps, string kind) =>
        gaps.Where(g => g.TargetKind == kind).OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Name).ToList();

    private static string Listed(List<string> names) => string.Join("、", names.Take(ListedNames)) + (names.Count > ListedNames ? " 等" : "");
}
