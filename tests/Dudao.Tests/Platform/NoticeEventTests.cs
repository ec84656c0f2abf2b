using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Notices;
using Dudao.Tests.Complaints;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

/// <summary>Every event that starts a clock tells the accounts that must act, and nobody outside them.</summary>
public sealed class NoticeEventTests
{
    private static readonly string[] Bystanders = ["admin", "spb-admin", "spb-jjk", "jlp-pxjg", "jlp-school", "jlp-jg", "jlp-duxue"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_complaint_received_tells_the_county_office_and_its_department_and_a_reroute_tells_the_new_department(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var content = $"学校要求家长每天批改作业并签字，{target}。";
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, category: "作业负担", content: content));
        var office = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(office, target);
        var link = $"/staff/complaints/{id}";

        var received = $"新举报待受理：{target}";
        var officeNotices = await NoticesAsync(office, link);
        officeNotices.Select(n => n.Title).ShouldBe([received]);
        officeNotices[0].Body.ShouldContain("基教科");
        officeNotices[0].Body.ShouldNotContain(content, Case.Sensitive, "the report itself stays on its page");
        (await NoticesAsync(await app.ApiAsync("jlp-jjk"), link)).Select(n => n.Title).ShouldBe([received]);
        foreach (var other in Bystanders) (await NoticesAsync(await app.ApiAsync(other), link)).ShouldBeEmpty(other);

        (await office.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { department = "校外培训监管科" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await NoticesAsync(await app.ApiAsync("jlp-pxjg"), link)).Select(n => n.Title).ShouldBe([$"举报改由校外培训监管科承办：{target}"]);
        (await NoticesAsync(await app.ApiAsync("jlp-jjk"), link)).Select(n => n.Title).ShouldBe([received]);
        (await NoticesAsync(await app.ApiAsync("spb-pxjg"), link)).ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_problem_opened_tells_its_responsible_unit_the_deadline_and_its_plan_and_evidence_tell_the_verifier(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school, inspector) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"), await app.ApiAsync("jlp-duxue"));
        var problem = await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("作业公示不及时"));
        var link = $"/staff/problems/{problem.Id()}";

        var opened = (await NoticesAsync(school, link)).ShouldHaveSingleItem();
        opened.Title.ShouldStartWith("新的整改任务：");
        opened.Body.ShouldContain(problem.GetProperty("deadline").GetString()!);
        (await NoticesAsync(inspector, link)).ShouldBeEmpty();

        (await school.PostAsJsonAsync($"{link.Replace("/staff", "/api", StringComparison.Ordinal)}/plan", new { note = "三日内完成作业公示" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problems.EvidenceAsync(school, problem.Id(), "已公示", Problems.Png)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NoticesAsync(inspector, link)).Select(n => n.Title).ShouldBe(["整改待核验", "整改方案已提交"]);
        (await NoticesAsync(office, link)).ShouldBeEmpty("the school's inspector verifies it");
        foreach (var other in Bystanders.Where(u => u is not ("jlp-school" or "jlp-duxue")))
            (await NoticesAsync(await app.ApiAsync(other), link)).ShouldBeEmpty(other);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Without_an_inspector_the_county_office_hears_of_a_plan_as_its_verifier(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var name = Problems.Unique("某街道办事处");
        var created = await office.PostAsJsonAsync("/api/problems", new
        {
            targetKind = "other", targetName = name, regionCode = "500107", source = "manual", category = "作业管理", severity = "low",
            description = Problems.Unique("未按要求转发文件"),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await office.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "督促街道一周内转发" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await NoticesAsync(office, $"/staff/problems/{id}")).Select(n => n.Title).ShouldBe(["整改方案已提交", $"新的整改任务：{name}"]);
        (await NoticesAsync(await app.ApiAsync("spb-admin"), $"/staff/problems/{id}")).ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Daily_jobs_remind_each_deadline_once_three_working_days_before_and_once_after(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        // Monday 2026-11-23: the complaint must be accepted by 2026-12-08; the 督办单 is due Thursday, three working days on.
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, category: "作业负担"));
        var complaint = $"/staff/complaints/{await ComplaintApi.IdOfAsync(office, target)}";
        var listed = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "school", targetId = schoolId, level = "listed", reason = "作业公示整改不力", requirement = "本周内完成作业公示整改", deadline = "2026-11-26",
        });
        listed.StatusCode.ShouldBe(HttpStatusCode.Created, await listed.Content.ReadAsStringAsync());
        var docket = $"/staff/escalations/{(await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";
        // Due Tuesday 2026-12-08: on Thursday 12-03 that is five calendar days but three working days away.
        var problem = $"/staff/problems/{(await Problems.CreateAsync(office, schoolId, Problems.Unique("课后服务未公示"), new { deadline = "2026-12-08" })).Id()}";

        await RunJobsAsync(app);
        (await TitlesAsync(app, "jlp-school", docket)).ShouldBe(["督办单即将到期：" + await SchoolNameAsync(app), "挂牌督办：" + await SchoolNameAsync(app) + "，请于2026年11月26日前书面回复"]);
        (await TitlesAsync(app, "jlp-jjk", complaint)).ShouldBe([$"新举报待受理：{target}"]);
        (await TitlesAsync(app, "jlp-school", problem)).ShouldAllBe(t => t.StartsWith("新的整改任务", StringComparison.Ordinal));

        app.Clock.Advance(TimeSpan.FromDays(10)); // Thursday 2026-12-03
        await RunJobsAsync(app);
        await RunJobsAsync(app);
        (await TitlesAsync(app, "jlp-jjk", complaint)).ShouldBe([$"举报受理即将到期：{target}", $"新举报待受理：{target}"]);
        (await TitlesAsync(app, "jlp-admin", complaint)).ShouldBe([$"新举报待受理：{target}"], "the department is reminded, the office hears only once it is late");
        var overdue = "督办单回复已逾期：" + await SchoolNameAsync(app);
        (await TitlesAsync(app, "jlp-school", docket))[0].ShouldBe(overdue);
        (await TitlesAsync(app, "jlp-school", docket)).Count(t => t == overdue).ShouldBe(1);
        (await TitlesAsync(app, "jlp-admin", docket)).ShouldBe([overdue], "the office that issued it");
        (await TitlesAsync(app, "jlp-school", problem))[0].ShouldBe("整改即将到期");

        app.Clock.Advance(TimeSpan.FromDays(6)); // Wednesday 2026-12-09
        await RunJobsAsync(app);
        await RunJobsAsync(app);
        var late = $"举报受理已超期：{target}";
        (await TitlesAsync(app, "jlp-jjk", complaint)).Count(t => t == late).ShouldBe(1);
        (await TitlesAsync(app, "jlp-admin", complaint)).ShouldBe([late, $"新举报待受理：{target}"]);
        foreach (var other in new[] { "spb-admin", "jlp-pxjg", "jlp-school" })
            (await TitlesAsync(app, other, complaint)).ShouldBeEmpty(other);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_notice_to_a_unit_is_read_per_account(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var second = "jlp-school-" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await app.ApiAsync("jlp-admin")).PostAsJsonAsync("/api/users", new
        {
            userName = second, displayName = "学校第二账号", orgKind = "school", regionCode = "500107", orgRefId = schoolId, roles = new[] { "school" },
            password = Dudao.Tests.Accounts.UserAdminTests.GoodPassword,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var link = $"/staff/test/{Guid.NewGuid():N}";
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            await scope.ServiceProvider.GetRequiredService<NoticeService>()
                .SendAsync(new NoticeRecipient(OrgKinds.School, "500107", schoolId), "自查通知", "请完成自查", link, null, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var (first, other) = (await app.ApiAsync("jlp-school"), await app.ApiAsync(second, Dudao.Tests.Accounts.UserAdminTests.GoodPassword));
        var id = (await NoticesAsync(first, link, unread: true)).ShouldHaveSingleItem().Id;
        (await first.PostAsync($"/api/me/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await first.PostAsync($"/api/me/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent, "reading twice is harmless");

        (await NoticesAsync(first, link, unread: true)).ShouldBeEmpty();
        (await NoticesAsync(first, link)).ShouldHaveSingleItem().ReadAt.ShouldNotBeNull();
        (await NoticesAsync(other, link, unread: true)).ShouldHaveSingleItem().ReadAt.ShouldBeNull("another account of the school has not read it");
        (await (await app.ApiAsync("jlp-admin")).PostAsync($"/api/me/notices/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var unreadTotal = (await other.GetFromJsonAsync<JsonElement>("/api/me/notices?unread=true")).GetProperty("total").GetInt32();
        var page = await (await app.PagesAsync(second, Dudao.Tests.Accounts.UserAdminTests.GoodPassword)).GetAsync("/staff/notices");
        page.Document.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldBe(unreadTotal > 99 ? "99+" : unreadTotal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Document.QuerySelectorAll("[data-testid=notice]").ShouldContain(n => n.TextContent.Contains("请完成自查") && n.ClassList.Contains("bg-azure-lt"));
    }

    internal sealed record NoticeRow(string Id, string Title, string Body, DateTime? ReadAt);

    internal static async Task<List<NoticeRow>> NoticesAsync(HttpClient client, string link, bool unread = false) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/me/notices?pageSize=200&unread={(unread ? "true" : "false")}")).GetProperty("items").EnumerateArray()
        .Where(n => n.GetProperty("link").GetString() == link)
        .Select(n => new NoticeRow(n.GetProperty("id").GetString()!, n.GetProperty("title").GetString()!, n.GetProperty("body").GetString()!,
            n.GetProperty("readAt").ValueKind == JsonValueKind.Null ? null : n.GetProperty("readAt").GetDateTime()))
        .ToList();

    /// <summary>Signs in afresh: moving the clock expires earlier tokens.</summary>
    private static async Task<List<string>> TitlesAsync(TestApp app, string userName, string link) =>
        (await NoticesAsync(await app.ApiAsync(userName), link)).Select(n => n.Title).ToList();

    private static async Task RunJobsAsync(TestApp app)
    {
        var office = await app.ApiAsync("jlp-admin");
        foreach (var job in new[] { "complaint-deadlines", "docket-reply-deadlines", "rectification-overdue" })
            (await office.PostAsync($"/api/admin/jobs/{job}/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK, job);
    }

    private static async Task<string> SchoolNameAsync(TestApp app)
    {
        var id = await Problems.UnitIdAsync(app, "jlp-school");
        return await app.WithDbAsync(db => db.Set<School>().Where(s => s.Id == id).Select(s => s.Name).SingleAsync());
    }
}
