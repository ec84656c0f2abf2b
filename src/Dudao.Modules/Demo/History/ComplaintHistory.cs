using System.Security.Cryptography;
using System.Text;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// Reports about registered schools and institutions, spread over the year: the newest waiting to be
/// accepted, one refused (不予受理), some in hand, the older ones answered and closed, and one of each open
/// state past its deadline.
/// </summary>
internal static class ComplaintHistory
{
    private static readonly string[] Verdicts = ["substantiated", "partly", "unsubstantiated"];
    private static readonly string[] Methods = ["visit", "unannounced", "call"];

    // Category, the department the default routing sends it to, what the reporter wrote.
    private static readonly (string Category, string Department, string Content)[] Reports =
    [
        ("违规学科类培训", "校外培训监管科", "周末以“思维训练”名义开设数学、英语学科类培训。"),
        ("预收费退费", "校外培训监管科", "机构一次性收取一年学费，申请退费后一直拖延不退。"),
        ("培训广告", "校外培训监管科", "小区电梯里张贴“提分冲刺班”广告。"),
        ("作业负担", "基教科", "孩子每天书面作业要做到晚上十点以后。"),
        ("课后服务", "基教科", "课后服务时间老师统一讲新课，不让学生自主学习。"),
        ("考试排名", "基教科", "期中考试后班级群里公布了成绩排名。"),
        ("违规收费", "计财科", "学校要求家长统一购买校服之外的校本资料。"),
        ("有偿补课", "政工科", "有老师在校外租房给本班学生有偿补课。"),
    ];

    // Days since each report came in; the two marked open stay unanswered past their deadline.
    private static readonly int[] Ages = [1, 3, 6, 9, 12, 18, 25, 33, 41, 52, 64, 77, 90, 104, 121, 140, 158, 176, 199, 221, 247, 270, 296, 320, 345];
    private const int OverdueReceivedAge = 33, OverdueAcceptedAge = 140, RejectedAge = 12;

    /// <returns>Each report with its age in days, for the notices its arrival sent.</returns>
    public static IReadOnlyList<(Complaint Complaint, int Age)> Write(DemoStory story, AppDbContext db)
    {
        var written = new List<(Complaint, int)>();
        for (var i = 0; i < Ages.Length; i++)
        {
            var age = Ages[i];
            var county = DemoStory.Counties[i % 2];
            var (category, department, content) = Reports[i % Reports.Length];
            var (kind, id, name) = Target(story, county, department == "校外培训监管科");
            var submitted = story.At(story.DaysAgo(age), 20);
            var complaint = new Complaint
            {
                ReceiptHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"demo-{Guid.NewGuid():N}"))),
                RegionCode = county, Channel = i % 5 == 2 ? ComplaintChannels.Hotline : ComplaintChannels.Web,
                TargetKind = kind, TargetName = name, MatchedKind = kind, MatchedId = id, MatchedName = name, TargetKey = id,
                Category = category, Content = content, Anonymous = true, Department = department,
                SubmittedAt = submitted, AcceptDeadline = story.DaysAgo(age).AddDays(21),
            };
            db.Add(complaint);
            written.Add((complaint, age));
            if (age < 10 || age == OverdueReceivedAge) continue; // 待受理
            if (age == RejectedAge)
            {
                complaint.Status = ComplaintStatuses.Rejected;
                complaint.RejectionReason = "经查，所反映事项已由市场监管部门立案处理，不属于本办受理范围，请向该部门了解办理进展。";
                complaint.RejectedAt = story.At(story.DaysAgo(age).AddDays(1), 10);
                complaint.RejectedBy = DemoStory.Office(county);
                continue;
            }

            var accepted = story.DaysAgo(age).AddDays(2);
            complaint.Status = ComplaintStatuses.Accepted;
            complaint.AcceptedAt = story.At(accepted, 9);
            complaint.AcceptedBy = DemoStory.Office(county);
            complaint.HandleDeadline = accepted.AddDays(84);
            if (age < 60 || age == OverdueAcceptedAge) continue; // 办理中

            var closed = accepted.AddDays(20 + story.Random.Next(0, 30));
            var verdict = story.Pick(Verdicts);
            db.Add(new ComplaintInvestigation
            {
                ComplaintId = complaint.Id, RegionCode = county, Date = closed.AddDays(-5), Method = story.Pick(Methods),
                Verdict = verdict, Findings = verdict == "unsubstantiated" ? "经核查，反映情况不属实。" : "经核查，反映情况基本属实，已责令整改。",
                RecordedAt = story.At(closed.AddDays(-5), 16), RecordedBy = DemoStory.Office(county),
            });
            complaint.Status = ComplaintStatuses.Closed;
            complaint.Reply = verdict == "unsubstantiated" ? "经实地核查，您反映的问题不属实。感谢您的监督。" : "经核查，您反映的问题属实，已责令整改并将跟踪复查。感谢您的监督。";
            complaint.RepliedAt = story.At(closed, 14);
            complaint.ClosedAt = complaint.RepliedAt;
            complaint.ClosedBy = DemoStory.Office(county);
        }
        return written;
    }

    private static (string Kind, string Id, string Name) Target(DemoStory story, string county, bool institution)
    {
        if (institution)
        {
            var i = story.Pick(story.Institutions.Where(x => x.RegionCode == county).ToList());
            return (Assignment.InstitutionTarget, i.Id, i.Name);
        }
        var s = story.Pick(story.Schools.Where(x => x.RegionCode == county).ToList());
        return (Assignment.SchoolTarget, s.Id, s.Name);
    }
}
