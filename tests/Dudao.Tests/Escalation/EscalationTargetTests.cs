using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Dudao.Tests.Rectification;

namespace Dudao.Tests.Escalation;

/// <summary>Escalation reaches whom it names: a township government, a named teacher, a department, a school.</summary>
public sealed class EscalationTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_township_government_is_escalated_to_and_the_county_office_is_told_and_records_its_reply(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var reason = Problems.Unique("街道未落实课后服务经费保障");

        var created = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "region", targetId = "500107001", level = "listed", reason, requirement = "两周内落实经费并书面报告", deadline = "2026-12-07",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var listed = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = listed.GetProperty("id").GetString()!;
        listed.GetProperty("targetName").GetString().ShouldBe("杨家坪街道办事处");
        listed.GetProperty("regionCode").GetString().ShouldBe("500107");

        var notice = await NoticeAsync(office, id);
        notice.GetProperty("title").GetString()!.ShouldContain("杨家坪街道办事处");
        notice.GetProperty("body").GetString()!.ShouldContain("没有本系统账号");

        var docket = await DocketTextAsync(office, id);
        docket.ShouldContain("督办对象：杨家坪街道办事处");
        docket.ShouldContain("所在地区：九龙坡区");

        (await office.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "已拨付课后服务经费" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await office.GetFromJsonAsync<JsonElement>($"/api/escalations/{id}")).GetProperty("reply").GetString().ShouldBe("已拨付课后服务经费");
        (await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "x" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "a department records no reply for others");

        // The province office names a township; the county office is told and records the reply, and the province hears of it.
        var province = await app.ApiAsync("admin");
        var fromProvince = (await (await province.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "region", targetId = "500107004", level = "listed", reason = Problems.Unique("街道课后服务覆盖不足"), requirement = "限期整改", deadline = "2026-12-07",
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await NoticeAsync(office, fromProvince)).GetProperty("title").GetString()!.ShouldContain("石坪桥街道办事处");
        (await office.PostAsJsonAsync($"/api/escalations/{fromProvince}/reply", new { reply = "已整改" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NoticeAsync(province, fromProvince)).GetProperty("title").GetString().ShouldBe("督办单已回复：石坪桥街道办事处");

        var neighbour = await app.ApiAsync("spb-admin");
        (await neighbour.GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/api/escalations/{id}/docket")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var foreign = await neighbour.PostAsJsonAsync("/api/escalations", new { targetKind = "region", targetId = "500107001", level = "notice", reason = "越权", noticeForm = "书面" });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetId")[0].GetString()!.ShouldContain("管理范围");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_named_teacher_is_escalated_to_with_their_unit_and_the_county_office_answers_for_them(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var name = $"王{Guid.NewGuid():N}"[..10];

        var created = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "person", targetName = name, targetUnit = "九龙坡区某小学 数学教师", regionCode = "500107", level = "listed",
            reason = "在职教师有偿补课", requirement = "停止有偿补课，退还费用", deadline = "2026-12-10",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var listed = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = listed.GetProperty("id").GetString()!;
        listed.GetProperty("targetId").GetString().ShouldBe("");
        listed.GetProperty("targetDisplay").GetString().ShouldBe($"{name}（九龙坡区某小学 数学教师）");

        (await NoticeAsync(office, id)).GetProperty("title").GetString()!.ShouldContain(name);
        (await DocketTextAsync(office, id)).ShouldContain($"督办对象：{name}（九龙坡区某小学 数学教师）");
        (await office.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "本人已退还全部费用" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-school")).GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a person is no school's record");

        var missing = await office.PostAsJsonAsync("/api/escalations", new { targetKind = "person", targetName = name, regionCode = "500107", level = "notice", reason = "x", noticeForm = "书面" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetUnit")[0].GetString()!.ShouldContain("所在单位");
        var unknown = await office.PostAsJsonAsync("/api/escalations", new { targetKind = "region", targetName = "不存在镇", regionCode = "500107", level = "notice", reason = "x", noticeForm = "书面" });
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetName")[0].GetString()
            .ShouldBe("九龙坡区没有名为“不存在镇”的乡镇（街道）");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_named_in_a_docket_is_told_sees_it_and_files_its_reply_which_the_office_hears_of(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var departmentId = await Problems.UnitIdAsync(app, "jlp-pxjg");
        var reason = Problems.Unique("无证培训机构查处进度滞后");

        var created = await office.PostAsJsonAsync("/api/escalations", new
        {
            targetKind = "department", targetId = departmentId, level = "listed", reason, requirement = "月底前完成查处", deadline = "2026-11-30",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var department = await app.ApiAsync("jlp-pxjg");
        (await NoticeAsync(department, id)).GetProperty("title").GetString()!.ShouldContain("请于2026年11月30日前书面回复");
        (await office.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("link").GetString() == $"/staff/escalations/{id}", "the department hears of it, not the office");
        (await department.GetFromJsonAsync<JsonElement>($"/api/escalations/{id}")).GetProperty("targetName").GetString().ShouldBe("九龙坡区校外培训监管科");
        (await DocketTextAsync(department, id)).ShouldContain("督办对象：九龙坡区校外培训监管科");

        (await office.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "代为回复" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "别的科室" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var empty = await department.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reply")[0].GetString().ShouldBe("请填写回复内容");
        (await department.PostAsJsonAsync($"/api/escalations/{id}/reply", new { reply = "已查处无证机构3家" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await NoticeAsync(office, id)).GetProperty("title").GetString().ShouldBe("督办单已回复：九龙坡区校外培训监管科");
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/escalations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_reply_after_the_deadline_or_none_past_it_is_flagged_in_the_api_and_on_the_pages(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        async Task<string> ListedAsync(string deadline) =>
            (await (await office.PostAsJsonAsync("/api/escalations", new
            {
                targetKind = "school", targetId = schoolId, level = "listed", reason = Problems.Unique("作业总量超标"), requirement = "压减作业", deadline,
            })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var onTime = await ListedAsync("2026-11-24");
        var late = await ListedAsync("2026-11-24");
        var school = await app.ApiAsync("jlp-school");
        (await school.PostAsJsonAsync($"/api/escalations/{onTime}/reply", new { reply = "已按时压减" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromDays(2));
        // Tokens expire with the clock: sign in again.
        office = await app.ApiAsync("jlp-admin");
        school = await app.ApiAsync("jlp-school");
        async Task<bool> OverdueAsync(string id) => (await office.GetFromJsonAsync<JsonElement>($"/api/escalations/{id}")).GetProperty("replyOverdue").GetBoolean();
        (await OverdueAsync(onTime)).ShouldBeFalse();
        (await OverdueAsync(late)).ShouldBeTrue("no reply and the deadline has passed");
        var pages = await app.PagesAsync("jlp-admin");
        (await pages.GetAsync($"/staff/escalations/{late}")).Document.QuerySelector("#escalation-reply")!.TextContent.ShouldContain("逾期未回复");

        (await school.PostAsJsonAsync($"/api/escalations/{late}/reply", new { reply = "已压减" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OverdueAsync(late)).ShouldBeTrue("replied after the deadline");
        (await school.PostAsJsonAsync($"/api/escalations/{onTime}/reply", new { reply = "补充说明" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OverdueAsync(onTime)).ShouldBeFalse("a revision keeps the first filing time");
        (await pages.GetAsync($"/staff/escalations/{late}")).Document.QuerySelector("#escalation-reply")!.TextContent.ShouldContain("逾期回复");
        var list = (await pages.GetAsync("/staff/escalations?level=listed")).Document;
        list.QuerySelector($"a[href='/staff/escalations/{late}']")!.ParentElement!.TextContent.ShouldContain("逾期回复");
        list.QuerySelector($"a[href='/staff/escalations/{onTime}']")!.ParentElement!.TextContent.ShouldNotContain("逾期");
        (await NoticeAsync(office, late)).GetProperty("title").GetString()!.ShouldContain("逾期回复");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_office_names_a_township_a_teacher_or_a_department_on_the_page_and_another_county_sees_none(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.PagesAsync("jlp-admin");
        var api = await app.ApiAsync("jlp-admin");
        var departmentId = await Problems.UnitIdAsync(app, "jlp-pxjg");
        var township = Problems.Unique("街道校外培训治理不力");
        var teacher = Problems.Unique("教师参与有偿补课");
        var department = Problems.Unique("科室查处滞后");

        async Task<HttpResponseMessage> SubmitAsync(string url, Dictionary<string, string> target, string reason) =>
            await office.SubmitAsync(url, "#escalation-form", new(target)
            {
                ["Input.NoticeForm"] = "书面", ["Input.Reason"] = reason, ["confirmed"] = "true",
            });
        const string person = "/staff/escalations/new?level=notice&kind=person";

        var refused = await SubmitAsync(person, new() { ["Input.TargetName"] = "李某", ["Input.RegionCode"] = "500107" }, teacher);
        var form = PageClient.Parse(await refused.Content.ReadAsStringAsync());
        form.QuerySelector("#Input-TargetUnit")!.ClassList.ShouldContain("is-invalid");
        form.QuerySelector("#Input-TargetUnit")!.ParentElement!.QuerySelector(".field-error")!.TextContent.ShouldBe("请填写个人所在单位（如学校名称及职务）");

        // A township's government is found by name and picked from the results.
        var found = (await office.GetAsync("/staff/escalations/new?level=notice&kind=region&q=谢家湾")).Document.QuerySelector("#target-results a")!;
        found.TextContent.ShouldBe("谢家湾街道办事处");
        (await SubmitAsync(found.GetAttribute("href")!, [], township)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubmitAsync(person, new() { ["Input.TargetName"] = "李某", ["Input.TargetUnit"] = "某中学 校长", ["Input.RegionCode"] = "500107" }, teacher))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubmitAsync($"/staff/escalations/new?level=notice&kind=department&target={departmentId}", [], department))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = (await office.GetAsync("/staff/escalations?level=notice")).Document.QuerySelector("#escalations")!.TextContent;
        list.ShouldContain("谢家湾街道办事处");
        list.ShouldContain("李某（某中学 校长）");
        list.ShouldContain("九龙坡区校外培训监管科");

        var records = (await api.GetFromJsonAsync<JsonElement>("/api/escalations?level=notice&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        var ids = records.Where(e => e.GetProperty("reason").GetString() is { } r && (r == township || r == teacher || r == department))
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        ids.Count.ShouldBe(3);
        var neighbour = await app.PagesAsync("spb-admin");
        foreach (var id in ids) (await neighbour.GetAsync($"/staff/escalations/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = (await neighbour.GetAsync("/staff/escalations?level=notice")).Document.QuerySelector("#escalations")!.TextContent;
        theirs.ShouldNotContain(township);
        theirs.ShouldNotContain("谢家湾街道办事处");
        var departmentPages = await app.PagesAsync("jlp-pxjg");
        (await departmentPages.GetAsync("/staff/notices")).Document.Body!.TextContent.ShouldContain("通报：九龙坡区校外培训监管科");
    }

    /// <summary>The caller's notice about one escalation (the newest when there are several).</summary>
    private static async Task<JsonElement> NoticeAsync(HttpClient client, string escalationId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
        .First(n => n.GetProperty("link").GetString() == $"/staff/escalations/{escalationId}");

    private static async Task<string> DocketTextAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/escalations/{id}/docket");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
