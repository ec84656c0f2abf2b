using System.Globalization;
using Dudao.Data;
using Dudao.Modules.Returns.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// Last month's 推进情况统计表 from most departments (accepted, awaiting review, one sent back, one late, a few
/// missing) and last quarter's 季度总结 from about half the schools, so the returns pages and the completeness
/// figures show something. Its own random stream, so the rest of the story stays as it was.
/// </summary>
internal static class ReturnHistory
{
    private const string Monthly = "f0000000000000000000000000000001", Quarterly = "f0000000000000000000000000000002";

    public static void Write(DemoStory story, AppDbContext db)
    {
        var random = new Random(DemoHistory.Seed + 1);
        var month = ReturnPeriod.Containing(PeriodKinds.Month, story.Today).Previous();
        var monthDue = month.DueOn(20, 1);
        var n = 0;
        foreach (var d in story.Departments.Where(d => d.Name != "督导室").OrderBy(d => d.RegionCode).ThenBy(d => d.Name))
        {
            n++;
            if (n % 5 == 0) continue;
            var status = n % 7 == 0 ? ReturnStatuses.SentBack : n % 3 == 0 ? ReturnStatuses.Submitted : ReturnStatuses.Accepted;
            var values = new Dictionary<string, string>
            {
                ["jointMeetings"] = Number(random.Next(0, 3)), ["topicMeetings"] = Number(random.Next(0, 4)), ["trainingSessions"] = Number(random.Next(0, 3)),
                ["staffSent"] = Number(random.Next(2, 12)), ["practitionersChecked"] = Number(random.Next(0, 40)), ["materialsChecked"] = Number(random.Next(0, 60)),
                ["contractsChecked"] = Number(random.Next(0, 80)), ["rectificationNotices"] = Number(random.Next(0, 5)), ["illegalInstitutions"] = Number(random.Next(0, 2)),
                ["unqualifiedStaff"] = Number(random.Next(0, 3)), ["billboardsRemoved"] = Number(random.Next(0, 2)), ["advertsRemoved"] = Number(random.Next(0, 30)),
            };
            var submitted = story.At(n == 2 ? monthDue.AddDays(2) : monthDue.AddDays(-random.Next(1, 10)), 10);
            Add(db, Monthly, month.Code, d.RegionCode, "department", d.Id, d.Name, monthDue, values, status, submitted,
                status == ReturnStatuses.SentBack ? "检查合同份数与台账不符，请核实后重报" : null);
        }

        var quarter = ReturnPeriod.Containing(PeriodKinds.Quarter, story.Today).Previous();
        var quarterDue = quarter.DueOn(20, 0);
        foreach (var s in story.Schools.Where((_, i) => i % 2 == 0))
        {
            var values = new Dictionary<string, string>
            {
                ["work"] = "本季度落实作业公示和课后服务“5+2”，每月召开一次“双减”工作推进会。",
                ["highlights"] = "开设科技、体育社团，课后服务参与率稳步提高。",
                ["problems"] = "个别班级作业总量统筹不够。",
                ["nextSteps"] = "完善年级组作业统筹，加强家校沟通。",
                ["excellentCases"] = Number(random.Next(1, 3)),
            };
            Add(db, Quarterly, quarter.Code, s.RegionCode, "school", s.Id, s.Name, quarterDue, values, ReturnStatuses.Accepted,
                story.At(quarterDue.AddDays(-random.Next(0, 15)), 15), null);
        }
    }

    private static void Add(AppDbContext db, string formId, string period, string region, string kind, string id, string name, DateOnly due,
        Dictionary<string, string> values, string status, DateTime submitted, string? reason)
    {
        var data = PeriodicReturn.WriteValues(values);
        var r = new PeriodicReturn
        {
            FormId = formId, Period = period, RegionCode = region, TargetKind = kind, TargetId = id, TargetName = name, ReviewerRegion = region,
            Status = status, Data = data, DueOn = due, FirstSubmittedAt = submitted, SubmittedAt = submitted, SendBackReason = reason,
            ReviewedAt = status == ReturnStatuses.Submitted ? null : submitted.AddDays(1), ReviewedBy = status == ReturnStatuses.Submitted ? null : DemoStory.Office(region),
            CreatedAt = submitted.AddDays(-3),
        };
        db.Add(r);
        db.Add(new ReturnEvent { ReturnId = r.Id, Action = ReturnEvent.Submit, Revision = 1, Data = data, At = submitted, Actor = name });
        if (status != ReturnStatuses.Submitted)
        {
            db.Add(new ReturnEvent
            {
                ReturnId = r.Id, Action = status == ReturnStatuses.Accepted ? ReturnEvent.Accept : ReturnEvent.SendBack, Revision = 1, Reason = reason,
                Data = data, At = submitted.AddDays(1), Actor = "督导室",
            });
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
