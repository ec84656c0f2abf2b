using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// Findings of some visits, moved along the real lifecycle (<see cref="ProblemLifecycle"/>) as far as
/// their age allows: recent ones open or in progress, old ones struck off, some overdue, some
/// awaiting 回头看 and some reopened by it.
/// </summary>
internal static class ProblemHistory
{
    private static readonly (string Category, string Text)[] Findings =
    [
        ("作业管理", "作业公示栏未按日更新，部分班级书面作业时间超出规定。"), ("课后服务", "课后服务安排表未公示，个别班级课后服务以讲授新课为主。"),
        ("五项管理", "学生手机统一保管登记不完整。"), ("办学行为", "期中考试后张贴了成绩排名。"), ("安全管理", "消防通道堆放杂物。"),
        ("收费管理", "课后服务收费标准未在校门口公示。"), ("校外培训", "收费未全部进入监管账户。"), ("校外培训", "培训时间超出规定，晚间 21:00 后仍有课程。"),
    ];

    public static List<Problem> Write(DemoStory story, IReadOnlyList<Visit> visits, AppDbContext db)
    {
        var problems = new List<Problem>();
        foreach (var visit in visits.Where(_ => story.Chance(0.16)))
        {
            var (category, text) = visit.TargetKind == "institution" ? Findings[6 + story.Random.Next(2)] : Findings[story.Random.Next(6)];
            var office = DemoStory.Office(visit.RegionCode);
            var problem = new Problem
            {
                RegionCode = visit.RegionCode, TargetKind = visit.TargetKind, TargetId = visit.TargetId, TargetName = visit.TargetName,
                Source = ProblemSources.Inspection, SourceId = visit.Id, Category = category, Description = text,
                Severity = story.Pick(ProblemSeverities.All), ResponsibleKind = visit.TargetKind, ResponsibleId = visit.TargetId,
                InspectorId = visit.InspectorId, Deadline = visit.Date.AddDays(30), CreatedAt = visit.CreatedAt, CreatedBy = visit.CreatedBy,
            };
            db.Add(problem);
            db.Add(problem.Opened(text, problem.CreatedAt, visit.CreatedBy));
            Advance(story, problem, visit.Date, office, db);
            problems.Add(problem);
        }
        return problems;
    }

    // How far a problem got: the older it is, the further, with a few stuck ones that are now overdue.
    private static void Advance(DemoStory story, Problem p, DateOnly found, string office, AppDbContext db)
    {
        var age = story.Today.DayNumber - found.DayNumber;
        var roll = story.Random.NextDouble();
        var stage = age < 8 ? 0 : age < 20 ? (roll < 0.5 ? 1 : 2) : age < 35 ? (roll < 0.3 ? 1 : roll < 0.6 ? 2 : 3) : roll < 0.15 ? story.Random.Next(0, 3) : 3;
        if (stage == 0) { Overdue(story, p, db); return; }

        var planned = found.AddDays(Math.Min(5, age - 1));
        db.Add(p.SubmitPlan("已制定整改方案，明确责任人和完成时限。", story.At(planned, 10), office));
        if (stage == 1) { Overdue(story, p, db); return; }

        var fixedOn = found.AddDays(Math.Min(15, age - 1));
        db.Add(p.SubmitEvidence("已完成整改，附整改前后照片和制度文件。", story.At(fixedOn, 15), office));
        if (stage == 2) return;

        var checkedOn = found.AddDays(Math.Min(age - 1, 20 + story.Random.Next(0, 10)));
        if (story.Chance(0.15))
        {
            // Sent back once, then passed.
            db.Add(p.Verify(false, "整改佐证不完整，请补充。", story.At(checkedOn, 9), office, default));
            db.Add(p.SubmitEvidence("已补充整改佐证。", story.At(checkedOn, 16), office));
        }
        db.Add(p.Verify(true, "现场核验，整改到位，予以销号。", story.At(checkedOn, 11), office, checkedOn.AddDays(60)));

        // 回头看 is due 60 days after closing: passed, failed (reopened) or still ahead.
        if (p.FollowUpOn is { } due && due <= story.Today)
        {
            var failed = story.Chance(0.2);
            db.Add(p.FollowUp(!failed, failed ? "回头看发现问题反弹，重新整改。" : "回头看未发现反弹。", story.At(due, 10), office, due.AddDays(20)));
            if (failed) Overdue(story, p, db);
        }
    }

    // A stuck problem past its deadline carries the overdue step the nightly job would have written.
    private static void Overdue(DemoStory story, Problem p, AppDbContext db)
    {
        if (p.IsOverdue(story.Today)) db.Add(p.MarkedOverdue(story.At(p.Deadline.AddDays(1), 1)));
    }
}
