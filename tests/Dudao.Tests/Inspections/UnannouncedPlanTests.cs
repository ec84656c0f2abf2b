using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

/// <summary>四不两直: a target learns of an inspection only when the visit happens, and never sees a plan.</summary>
public sealed class UnannouncedPlanTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Targets_see_no_plan_through_any_route_before_the_visit_and_afterwards_only_their_own_visit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var duxue = await app.ApiAsync("jlp-duxue");
        var inspector = await SpecialApi.UnitOfAsync(app, "jlp-duxue");
        var school = await SpecialApi.UnitOfAsync(app, "jlp-school");
        var institution = await SpecialApi.UnitOfAsync(app, "jlp-jg");
        var otherSchool = (await SpecialApi.SchoolsAsync(app, "500107")).First(s => s != school);
        var otherInstitution = (await SpecialApi.InstitutionsAsync(app, "500107")).First(i => i != institution);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var schoolPlan = await SpecialApi.PlanAsync(office, $"四不两直-学校-{tag}", "school", [school, otherSchool], [inspector], "unannounced");
        var institutionPlan = await SpecialApi.PlanAsync(office, $"四不两直-机构-{tag}", "institution", [institution, otherInstitution], [inspector], "unannounced");
        (await office.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{schoolPlan}")).GetProperty("kind").GetString().ShouldBe("unannounced");

        var targets = new[] { ("jlp-school", schoolPlan), ("jlp-jg", institutionPlan) };
        foreach (var (account, plan) in targets) await ShouldSeeNothingOfAsync(app, account, plan, tag);

        // The visit happens: the school sees that visit — its own — and still nothing of the plan.
        var visit = (await SpecialApi.RecordAsync(duxue, SpecialApi.Visit("school", school, "unannounced", schoolPlan, finding: $"作业公示未更新-{tag}")))
            .GetProperty("id").GetString()!;
        var other = (await SpecialApi.RecordAsync(duxue, SpecialApi.Visit("school", otherSchool, "unannounced", schoolPlan))).GetProperty("id").GetString()!;
        var photo = await duxue.PostAsync($"/api/visits/{visit}/files",
            new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "file", "现场.png" } });
        photo.StatusCode.ShouldBe(HttpStatusCode.OK, await photo.Content.ReadAsStringAsync());

        var schoolApi = await app.ApiAsync("jlp-school");
        var seen = await schoolApi.GetFromJsonAsync<JsonElement>($"/api/visits/{visit}");
        seen.GetProperty("kind").GetString().ShouldBe("unannounced");
        seen.GetProperty("findings").GetArrayLength().ShouldBe(1);
        var file = seen.GetProperty("files").EnumerateArray().Single().GetProperty("id").GetString();
        (await schoolApi.GetAsync($"/api/files/{file}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await schoolApi.GetAsync($"/api/visits/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = (await schoolApi.GetFromJsonAsync<JsonElement>("/api/visits?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()).ToList();
        list.ShouldContain(visit);
        list.ShouldNotContain(other);
        var pages = await app.PagesAsync("jlp-school");
        var (page, doc) = await pages.GetAsync($"/staff/visits/{visit}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.Body!.TextContent.ShouldContain("四不两直");
        (await pages.GetAsync($"/staff/visits/{other}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldSeeNothingOfAsync(app, "jlp-school", schoolPlan, tag);
        await ShouldSeeNothingOfAsync(app, "jlp-jg", institutionPlan, tag);

        // The office still follows its plan.
        (await office.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{schoolPlan}")).GetProperty("completed").GetBoolean().ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_unannounced_visit_refuses_the_briefing_method_and_a_plans_visit_takes_the_plans_kind(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var duxue = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(duxue))[1];

        var refused = await duxue.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", school, "unannounced", methods: ["campus-patrol", "briefing"]));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("methods")[0].GetString()!.ShouldContain("听取汇报");

        var visit = (await SpecialApi.RecordAsync(duxue, SpecialApi.Visit("school", school, "unannounced"))).GetProperty("id").GetString();
        var edit = await duxue.PutAsJsonAsync($"/api/visits/{visit}", new
        {
            methods = new[] { "briefing" }, results = Array.Empty<object>(), summary = "补充：听取了校长汇报。",
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("methods")[0].GetString()!.ShouldContain("不听汇报");
        // Other kinds may still hear a briefing.
        await SpecialApi.RecordAsync(duxue, SpecialApi.Visit("school", school, "follow-up", methods: ["briefing"]));

        var office = await app.ApiAsync("jlp-admin");
        var plan = await SpecialApi.PlanAsync(office, "四不两直-类型", "school", [school], [await SpecialApi.UnitOfAsync(app, "jlp-duxue")], "unannounced");
        var wrongKind = await duxue.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", school, "special", plan));
        wrongKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString()!.ShouldContain("unannounced");
        var badPlanKind = await office.PostAsJsonAsync("/api/special-inspections", new
        {
            name = "类型有误", kind = "routine", targetKind = "school", targetIds = new[] { school }, inspectorIds = Array.Empty<string>(),
            startsOn = "2026-11-02", endsOn = "2026-11-30",
        });
        badPlanKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPlanKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString()!.ShouldContain("四不两直");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_office_plans_an_unannounced_inspection_on_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("spb-admin");
        var (_, form) = await pages.GetAsync("/staff/special-inspections/new?targetKind=institution");
        var institution = form.QuerySelector("input[name='Input.TargetIds']")!.GetAttribute("value")!;
        var inspector = form.QuerySelector("input[name='Input.InspectorIds']")!.GetAttribute("value")!;
        var name = $"无证机构四不两直-{Guid.NewGuid().ToString("N")[..6]}";
        var saved = await pages.SubmitAsync("/staff/special-inspections/new?targetKind=institution", "#special-form", new()
        {
            ["Input.Name"] = name, ["Input.Kind"] = "unannounced", ["Input.StartsOn"] = "2026-11-10", ["Input.EndsOn"] = "2026-11-20",
            ["Input.TargetIds"] = institution, ["Input.InspectorIds"] = inspector,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var (_, detail) = await pages.GetAsync(saved.Headers.Location!.OriginalString);
        detail.QuerySelector("#special-facts")!.TextContent.ShouldContain("四不两直");
        var api = await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>($"/api/special-inspections/{saved.Headers.Location!.OriginalString.Split('/')[^1]}");
        api.GetProperty("targetKind").GetString().ShouldBe("institution");
        api.GetProperty("kind").GetString().ShouldBe("unannounced");
    }

    /// <summary>Every route and page that shows plans, visits, notices or files, as the target's own account sees it.</summary>
    private static async Task ShouldSeeNothingOfAsync(TestApp app, string account, string plan, string tag)
    {
        var api = await app.ApiAsync(account);
        (await api.GetFromJsonAsync<JsonElement>("/api/special-inspections")).GetArrayLength().ShouldBe(0, "a target sees no plan at all");
        foreach (var url in new[] { $"/api/special-inspections/{plan}", $"/api/special-inspections/{plan}/report" })
            (await api.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await api.GetStringAsync("/api/visits?pageSize=100")).ShouldNotContain(plan);
        // The plan's name stays out of notices; a problem found on the visit is the target's own to read.
        var notices = await api.GetStringAsync("/api/me/notices");
        notices.ShouldNotContain($"学校-{tag}");
        notices.ShouldNotContain($"机构-{tag}");

        var pages = await app.PagesAsync(account);
        var (list, listDoc) = await pages.GetAsync("/staff/special-inspections");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        listDoc.Body!.TextContent.ShouldNotMatch($"(学校|机构)-{tag}");
        listDoc.QuerySelectorAll("#specials a").Length.ShouldBe(0);
        foreach (var url in new[] { $"/staff/special-inspections/{plan}", $"/staff/special-inspections/{plan}/print", $"/staff/special-inspections/{plan}/report" })
        {
            var (response, doc) = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            doc.Body?.TextContent.ShouldNotMatch($"(学校|机构)-{tag}");
        }
        var (home, homeDoc) = await pages.GetAsync("/staff");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The 工作台 lists the target's own problems after the visit; the plan's name never shows.
        homeDoc.Body!.TextContent.ShouldNotContain($"学校-{tag}");
        homeDoc.Body!.TextContent.ShouldNotContain($"机构-{tag}");
        (await pages.GetAsync("/staff/notices")).Document.Body!.TextContent.ShouldNotMatch($"(学校|机构)-{tag}");
    }
}
