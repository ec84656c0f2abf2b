using System.Globalization;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Data;

namespace Dudao.Modules.Demo.History;

/// <summary>Routine visits of the last twelve months' seasons: most targets every month, some skipped, so coverage has gaps.</summary>
internal static class VisitHistory
{
    private static readonly string[] Summaries =
    [
        "查看作业公示栏和作业时间记录，走访课后服务课堂。", "查阅作业管理制度和课后服务台账，与学生座谈。",
        "巡查校园，检查“五项管理”落实情况。", "检查课后服务开展情况和收费公示。", "查看培训内容、收费公示和从业人员资质。",
    ];

    public static List<Visit> Write(DemoStory story, AppDbContext db)
    {
        var visits = new List<Visit>();
        var thisMonth = new DateOnly(story.Today.Year, story.Today.Month, 1);
        // The newest school of 九龙坡区 was entered four months ago: the heatmap leaves the months before blank.
        var newest = story.Schools.Last(s => s.RegionCode == DemoData.Jiulongpo);
        newest.RegisteredOn = thisMonth.AddMonths(-4);
        var targets = story.Schools.Select(s => (Kind: Assignment.SchoolTarget, s.Id, s.Name, s.RegionCode, Since: s.RegisteredOn))
            .Concat(story.Institutions.Where(i => i.Status == Institution.Normal).Select(i => (Kind: Assignment.InstitutionTarget, i.Id, i.Name, i.RegionCode, Since: (DateOnly?)null)))
            .ToList();

        for (var back = 11; back >= 0; back--)
        {
            var month = thisMonth.AddMonths(-back);
            if (month.Month is < DemoStory.SeasonStart or > DemoStory.SeasonEnd) continue;
            var lastDay = back == 0 ? story.Today.Day : DateTime.DaysInMonth(month.Year, month.Month);
            // 沙坪坝区 let one zone slip in one month: a visible gap, not noise.
            var slipped = back == 2 ? "第三责任区" : null;
            foreach (var t in targets)
            {
                if (t.Since is { } since && month < since) continue;
                if (back == 0 && story.Chance(0.5)) continue; // this month is still under way
                if (story.Chance(t.Kind == Assignment.SchoolTarget ? 0.15 : 0.3)) continue;
                if (slipped is not null && t.RegionCode == DemoData.Shapingba && story.Schools.Any(s => s.Id == t.Id && s.Zone == slipped)) continue;

                var day = month.AddDays(story.Random.Next(0, lastDay));
                var inspector = story.Inspectors[story.AssignedInspector[t.Id]];
                var visit = new Visit
                {
                    RegionCode = t.RegionCode, TargetKind = t.Kind, TargetId = t.Id, TargetName = t.Name, Date = day, Month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    Kind = back % 4 == 1 && story.Chance(0.2) ? "random" : VisitKinds.Routine, Methods = "campus-patrol,document-review",
                    TemplateId = t.Kind == Assignment.SchoolTarget ? story.SchoolTemplateId : story.InstitutionTemplateId,
                    InspectorId = inspector.Id, InspectorName = inspector.Name, Summary = story.Pick(Summaries),
                    Feedback = "当场反馈检查情况，提出改进要求。",
                    Results = t.Kind == Assignment.SchoolTarget ? ItemResult.Serialize([new ItemResult("C8", story.Chance(0.85) ? "yes" : "no", null)]) : "[]",
                    CreatedAt = story.At(day, 17), CreatedBy = inspector.Id == story.DuxueInspectorId ? "jlp-duxue" : DemoStory.Office(t.RegionCode),
                };
                visits.Add(visit);
                db.Add(visit);
                db.Add(new CoverageMark { Month = visit.Month, TargetKind = t.Kind, TargetId = t.Id, RegionCode = t.RegionCode, VisitId = visit.Id, VisitedOn = day });
            }
        }
        return visits;
    }
}
