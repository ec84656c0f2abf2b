using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Demo.History;

/// <summary>What the demo accounts find in their notices: older ones read by every account of the unit, the last few days' unread.</summary>
internal static class NoticeHistory
{
    public static async Task WriteAsync(DemoStory story, IReadOnlyList<Problem> problems, IReadOnlyList<(Complaint Complaint, int Age)> complaints,
        AppDbContext db, CancellationToken ct)
    {
        var accounts = await db.Set<User>().IgnoreQueryFilters().AsNoTracking().Select(u => new Account(u.Id, u.OrgKind, u.RegionCode, u.OrgRefId)).ToListAsync(ct);
        var jlp = DemoData.Jiulongpo;
        var school = story.Schools.First(s => s.RegionCode == jlp);
        var overdue = problems.Where(p => p.IsOverdue(story.Today)).OrderBy(p => p.Deadline).Take(6).ToList();
        foreach (var (p, i) in overdue.Select((p, i) => (p, i)))
        {
            Add(story, db, accounts, new NoticeRecipient(OrgKinds.Office, p.RegionCode, null), "问题整改逾期", $"{p.TargetName}：{p.Description}（整改期限 {p.Deadline:yyyy-MM-dd}）",
                $"/staff/problems/{p.Id}", daysAgo: 1 + i * 3);
        }
        Add(story, db, accounts, new NoticeRecipient(OrgKinds.Inspector, jlp, story.DuxueInspectorId), "本月督导提醒", "您挂牌的学校中还有未督导的，请在月底前完成“月月督”。",
            "/staff/coverage", daysAgo: 2);
        Add(story, db, accounts, new NoticeRecipient(OrgKinds.Inspector, jlp, story.DuxueInspectorId), "上月督导提醒", "上月挂牌学校督导已全部完成。", "/staff/coverage", daysAgo: 35);
        Add(story, db, accounts, new NoticeRecipient(OrgKinds.School, jlp, school.Id), "自查通知", "请在期限内完成本学期“双减”工作学校自查。", "/staff/self-assessments", daysAgo: 12);
        var jjk = story.Department(jlp, "基教科");
        // Each report told the office and the department it was routed to on arrival, as intake does (RoutingNotices).
        foreach (var (c, age) in complaints)
        {
            var title = $"新举报待受理：{c.MatchedName ?? c.TargetName}";
            var body = $"{ComplaintChannels.Label(c.Channel)}收到一件“{c.Category}”类举报，分送{c.Department}承办，请于 {c.AcceptDeadline:yyyy-MM-dd} 前受理。";
            var link = $"/staff/complaints/{c.Id}";
            Add(story, db, accounts, new NoticeRecipient(OrgKinds.Office, c.RegionCode, null), title, body, link, age);
            Add(story, db, accounts, new NoticeRecipient(OrgKinds.Department, c.RegionCode, story.Department(c.RegionCode, c.Department).Id), title, body, link, age);
        }
        Add(story, db, accounts, new NoticeRecipient(OrgKinds.Department, jlp, jjk.Id), "督办单已到期", "挂牌督办事项已到回复期限。", "/staff/escalations", daysAgo: 50);
    }

    private static void Add(DemoStory story, AppDbContext db, List<Account> accounts, NoticeRecipient to, string title, string body, string link, int daysAgo)
    {
        var at = story.At(story.DaysAgo(daysAgo), 8);
        var notice = new Notice
        {
            RegionCode = to.RegionCode, OrgKind = to.OrgKind, OrgRefId = to.OrgRefId, Title = title, Body = body, Link = link, CreatedAt = at,
        };
        db.Add(notice);
        if (daysAgo <= 7) return;
        db.AddRange(accounts.Where(a => a.OrgKind == to.OrgKind && a.RegionCode == to.RegionCode && a.OrgRefId == to.OrgRefId)
            .Select(a => new NoticeRead { NoticeId = notice.Id, UserId = a.Id, ReadAt = at.AddHours(3) }));
    }

    private sealed record Account(string Id, string OrgKind, string RegionCode, string? OrgRefId);
}
