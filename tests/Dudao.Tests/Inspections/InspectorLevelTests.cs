using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

/// <summary>Inspectors of province and city offices (001: 自治区督学; 000 §2: 省、市…检查组) and second responsible inspectors (000 §8).</summary>
public sealed class InspectorLevelTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_city_inspector_on_a_special_inspection_records_visits_in_its_counties_and_a_county_inspector_stays_in_its_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var city = await app.ApiAsync("admin");
        var cityInspector = await SpecialApi.UnitOfAsync(app, "cq-duxue");
        var countyInspector = await SpecialApi.UnitOfAsync(app, "jlp-duxue");
        var spbSchool = (await SpecialApi.SchoolsAsync(app, "500106"))[6];
        var jlpSchool = (await SpecialApi.SchoolsAsync(app, "500107"))[6];
        var plan = await SpecialApi.PlanAsync(city, "市级四不两直抽查", "school", [spbSchool, jlpSchool], [cityInspector, countyInspector], "unannounced");
        var detail = await city.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{plan}");
        detail.GetProperty("regionCode").GetString().ShouldBe("500000");
        detail.GetProperty("team").EnumerateArray().Select(m => m.GetProperty("inspectorId").GetString()).ShouldBe([cityInspector, countyInspector], ignoreOrder: true);

        var cq = await app.ApiAsync("cq-duxue");
        var visit = await SpecialApi.RecordAsync(cq, SpecialApi.Visit("school", spbSchool, "unannounced", plan, finding: "课后服务未按时开展"));
        var recorded = await cq.GetFromJsonAsync<JsonElement>($"/api/visits/{visit.GetProperty("id").GetString()}");
        recorded.GetProperty("regionCode").GetString().ShouldBe("500106");
        recorded.GetProperty("inspectorId").GetString().ShouldBe(cityInspector);
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/visits/{visit.GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The county inspector on the city's team visits its own county's target, never the other county's.
        var duxue = await app.ApiAsync("jlp-duxue");
        (await duxue.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", spbSchool, "unannounced", plan))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await duxue.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", spbSchool, "unannounced"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await duxue.GetAsync($"/api/visits/{visit.GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await SpecialApi.RecordAsync(duxue, SpecialApi.Visit("school", jlpSchool, "unannounced", plan));
        (await city.GetFromJsonAsync<JsonElement>($"/api/special-inspections/{plan}")).GetProperty("completed").GetBoolean().ShouldBeTrue();

        // A city plan is not the county's: 四不两直 from above is not announced below either.
        (await (await app.ApiAsync("jlp-admin")).GetAsync($"/api/special-inspections/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The city inspector is no team member of a plan it is not on.
        var countyPlan = await SpecialApi.PlanAsync(await app.ApiAsync("jlp-admin"), "区级专项", "school", [jlpSchool], [countyInspector]);
        (await cq.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", jlpSchool, "special", countyPlan))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Province_and_city_offices_register_their_own_inspectors_who_are_hung_on_no_school(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var city = await app.ApiAsync("admin");
        var id = await SpecialApi.CreateInspectorAsync(city, "500000");
        (await city.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}")).GetProperty("regionName").GetString().ShouldBe("重庆市");
        var assign = await city.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new { schoolIds = new[] { (await SpecialApi.SchoolsAsync(app, "500107"))[0] } });
        assign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await assign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("schoolIds")[0].GetString()!.ShouldContain("省、市督学不挂牌");

        var county = await app.ApiAsync("jlp-admin");
        var refused = await county.PostAsJsonAsync("/api/inspectors", new { name = "越级", kind = "专职", regionCode = "500000" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("regionCode")[0].GetString()!.ShouldContain("不在您的管理范围内");
        (await county.GetAsync($"/api/inspectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pages = await app.PagesAsync("admin");
        var (page, doc) = await pages.GetAsync($"/staff/inspectors/{id}/assignments");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("#no-assignments").ShouldNotBeNull();
        var (_, form) = await pages.GetAsync("/staff/inspectors/new");
        form.QuerySelectorAll("#regionCode option").Select(o => o.GetAttribute("value")).ShouldContain("500000");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_with_a_second_responsible_inspector_is_visited_routinely_by_both(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var (school, elsewhere) = (await SpecialApi.CreateSchoolAsync(office, "500107"), await SpecialApi.CreateSchoolAsync(office, "500107"));
        var first = await SpecialApi.CreateInspectorAsync(office, "500107");
        var second = await SpecialApi.CreateInspectorAsync(office, "500107");
        var third = await SpecialApi.CreateInspectorAsync(office, "500107");
        (await office.PutAsJsonAsync($"/api/inspectors/{first}/assignments", new { schoolIds = new[] { school } })).EnsureSuccessStatusCode();
        var assigned = await office.PutAsJsonAsync($"/api/inspectors/{second}/assignments", new { secondSchoolIds = new[] { school } });
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var mine = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("schools").EnumerateArray().Single();
        mine.GetProperty("role").GetString().ShouldBe("second");

        // One second responsible inspector per school; not first and second at once.
        var taken = await office.PutAsJsonAsync($"/api/inspectors/{third}/assignments", new { secondSchoolIds = new[] { school } });
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("secondSchoolIds")[0].GetString()!.ShouldContain("已有第二责任督学");
        var both = await office.PutAsJsonAsync($"/api/inspectors/{third}/assignments", new { schoolIds = new[] { elsewhere }, secondSchoolIds = new[] { elsewhere } });
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var firstApi = await app.ApiAsync(await SpecialApi.AccountAsync(office, "inspector", first, "inspector"), Accounts.UserAdminTests.GoodPassword);
        var secondApi = await app.ApiAsync(await SpecialApi.AccountAsync(office, "inspector", second, "inspector"), Accounts.UserAdminTests.GoodPassword);
        (await secondApi.GetFromJsonAsync<JsonElement>("/api/me/assignments")).GetProperty("schools").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()).ShouldBe([school]);
        await SpecialApi.RecordAsync(firstApi, SpecialApi.Visit("school", school, "routine"));
        var visit = await SpecialApi.RecordAsync(secondApi, SpecialApi.Visit("school", school, "routine", finding: "午休管理台账缺失"));
        (await secondApi.PostAsJsonAsync("/api/visits", SpecialApi.Visit("school", elsewhere, "routine"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The problem's responsible inspector is the first one, whoever found it.
        var problem = await office.GetFromJsonAsync<JsonElement>($"/api/problems/{visit.GetProperty("problemIds")[0].GetString()}");
        problem.GetProperty("inspectorId").GetString().ShouldBe(first);

        // Moving the second one to first keeps one row, now first.
        (await office.PutAsJsonAsync($"/api/inspectors/{second}/assignments", new { schoolIds = new[] { school } })).EnsureSuccessStatusCode();
        (await office.GetFromJsonAsync<JsonElement>($"/api/inspectors/{second}")).GetProperty("schools").EnumerateArray().Single()
            .GetProperty("role").GetString().ShouldBe("first");
        var pages = await app.PagesAsync("jlp-admin");
        var (_, doc) = await pages.GetAsync($"/staff/inspectors/{third}/assignments");
        doc.QuerySelectorAll("input[name='Input.SecondSchoolIds']").Length.ShouldBe(doc.QuerySelectorAll("input[name='Input.SchoolIds']").Length);
    }
}
