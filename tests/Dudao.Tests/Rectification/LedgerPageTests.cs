using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Rectification;

public sealed class LedgerPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_school_plans_and_submits_evidence_on_its_pages_the_inspector_verifies_and_the_problem_leaves_the_open_ledger(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var description = Problems.Unique("家校联系本布置作业");
        var id = (await Problems.CreateAsync(await app.ApiAsync("jlp-admin"), await Problems.UnitIdAsync(app, "jlp-school"), description)).Id();
        var page = $"/staff/problems/{id}";

        var school = await app.PagesAsync("jlp-school");
        var (_, ledger) = await school.GetAsync($"/staff/problems?q={description[^32..]}");
        ledger.QuerySelector($"a[href='{page}']").ShouldNotBeNull();
        var (_, detail) = await school.GetAsync(page);
        detail.QuerySelector("#verify-form").ShouldBeNull();
        detail.QuerySelector("#evidence-form").ShouldBeNull("evidence comes after the plan");

        var empty = await school.SubmitAsync(page, "#plan-form", new() { ["Plan.Note"] = "" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector(".alert-danger")!.TextContent.ShouldContain("请填写整改方案");

        (await school.SubmitAsync(page, "#plan-form", new() { ["Plan.Note"] = "取消联系本作业，改为校内完成" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var evidence = await school.SubmitAsync(page, "#evidence-form", new() { ["Evidence.Note"] = "已整改，附照片" },
            new() { ["files"] = ("照片.png", Problems.Png) });
        evidence.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await school.GetAsync(page)).Document.QuerySelector("#problem-history")!.TextContent.ShouldContain("照片.png");

        var inspector = await app.PagesAsync("jlp-duxue");
        // 核验销号 cannot be undone: without the ticked confirmation the page refuses and nothing moves.
        var unconfirmed = await inspector.SubmitAsync(page, "#verify-form", new() { ["Verify.Passed"] = "true", ["Verify.Note"] = "现场核实" });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await unconfirmed.Content.ReadAsStringAsync()).QuerySelector("#problem-summary")!.TextContent.ShouldContain("待核验");
        (await inspector.SubmitAsync(page, "#verify-form", new() { ["Verify.Passed"] = "true", ["Verify.Note"] = "现场核实", ["confirmed"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, closed) = await inspector.GetAsync(page);
        closed.QuerySelector("#problem-summary")!.TextContent.ShouldContain("已销号");
        var link = $"a[href='/staff/problems/{id}']";
        (await inspector.GetAsync($"/staff/problems?q={description[^32..]}")).Document.QuerySelector(link).ShouldBeNull("the open ledger lists what is not struck off");
        (await inspector.GetAsync($"/staff/problems?status=closed&q={description[^32..]}")).Document.QuerySelector(link).ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Other_counties_get_404_and_do_not_see_the_problem_in_their_ledger(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var description = Problems.Unique("体育课被挤占");
        var id = (await Problems.CreateAsync(await app.ApiAsync("jlp-admin"), await Problems.UnitIdAsync(app, "jlp-school"), description)).Id();

        var neighbour = await app.PagesAsync("spb-admin");
        (await neighbour.GetAsync($"/staff/problems/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/staff/problems?status=all&q={description[^32..]}")).Document.QuerySelector("#ledger")!.TextContent.ShouldContain("没有符合条件的问题");
        var export = await neighbour.Http.GetAsync($"/staff/problems/export?q={description[^32..]}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        Dudao.Tests.Organization.Import.Sheets.Read(await export.Content.ReadAsByteArrayAsync()).Count.ShouldBe(1);

        var office = await app.PagesAsync("jlp-admin");
        var created = await office.SubmitAsync("/staff/problems/new", "#problem-form", new()
        {
            ["Input.Source"] = "public-opinion", ["Input.TargetKind"] = "other", ["Input.TargetName"] = "杨家坪街道", ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "校外培训", ["Input.Severity"] = "high", ["Input.Description"] = Problems.Unique("网帖反映周末补课"),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await office.SubmitAsync("/staff/problems/new", "#problem-form", new() { ["Input.TargetCode"] = "0000000000", ["Input.Category"] = "" });
        var html = PageClient.Parse(await refused.Content.ReadAsStringAsync());
        html.QuerySelector(".alert-danger")!.TextContent.ShouldContain("请填写问题类别");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_schools_own_ledger_is_linked_from_the_school_list_and_shows_only_its_problems(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var mine = Problems.Unique("本校台账问题");
        await Problems.CreateAsync(office, schoolId, mine);
        var otherSchool = (await office.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()!).First(id => id != schoolId);
        var theirs = Problems.Unique("他校台账问题");
        await Problems.CreateAsync(office, otherSchool, theirs);

        var pages = await app.PagesAsync("jlp-admin");
        var (_, list) = await pages.GetAsync("/staff/schools?pageSize=200");
        var link = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains($"targetId={schoolId}", StringComparison.Ordinal));
        var (response, ledger) = await pages.GetAsync(link);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ledger.QuerySelector("[data-testid=ledger-target]")!.TextContent.ShouldContain("的整改台账");
        ledger.Body!.TextContent.ShouldContain(mine[..6]);
        ledger.Body.TextContent.ShouldNotContain(theirs);
    }
}
