using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InspectorScopeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_own_inspectors_and_cannot_read_or_change_another_countys(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        var jlp = await app.ApiAsync("jlp-admin");
        var jlpName = InspectorApi.NewName();
        var id = await InspectorApi.CreateAsync(jlp, "500107", jlpName);

        var spbList = await spb.GetFromJsonAsync<JsonElement>("/api/inspectors?pageSize=200");
        spbList.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        spbList.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("regionCode").GetString() == "500106");
        (await spb.GetFromJsonAsync<JsonElement>("/api/inspectors?regionCode=500107")).GetProperty("total").GetInt32().ShouldBe(0);
        (await spb.GetFromJsonAsync<JsonElement>($"/api/inspectors?q={jlpName}")).GetProperty("total").GetInt32().ShouldBe(0);

        (await spb.GetAsync($"/api/inspectors/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var put = await spb.PutAsJsonAsync($"/api/inspectors/{id}", new { name = "改名", kind = "专职", regionCode = "500106" });
        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}")).GetProperty("name").GetString().ShouldBe(jlpName);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Inspector_pages_of_another_county_are_not_found_and_lists_leave_them_out(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlpName = InspectorApi.NewName();
        var id = await InspectorApi.CreateAsync(await app.ApiAsync("jlp-admin"), "500107", jlpName);
        var spb = await app.PagesAsync("spb-admin");

        foreach (var url in new[] { $"/staff/inspectors/{id}/edit", $"/staff/inspectors/{id}/assignments" })
        {
            var (response, page) = await spb.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            page.Body!.TextContent.ShouldNotContain(jlpName);
            page.Body!.TextContent.ShouldContain("不存在，或不在您的数据范围内", customMessage: "the shared not-found view");
        }
        // A well-formed post (the session's own antiforgery token) changes nothing either.
        var token = (await spb.GetAsync("/staff/inspectors/new")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var jlpSchool = (await InspectorApi.SchoolIdsAsync(app, "500107", 1))[0];
        var post = await spb.Http.PostAsync($"/staff/inspectors/{id}/assignments", new FormUrlEncodedContent(
            [new("_handler", "assignments"), new("__RequestVerificationToken", token), new("Input.SchoolIds", jlpSchool)]));
        // The form is never rendered for an id out of scope, so there is no handler to post to.
        ((int)post.StatusCode).ShouldBeOneOf(400, 404);
        (await post.Content.ReadAsStringAsync()).ShouldNotContain(jlpName);
        var detail = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        detail.GetProperty("schools").GetArrayLength().ShouldBe(0);

        var (listResponse, list) = await spb.GetAsync("/staff/inspectors?pageSize=200");
        listResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0);
        list.Body!.TextContent.ShouldNotContain("九龙坡区");
        (await spb.GetAsync("/staff/inspectors?regionCode=500107")).Document.Body!.TextContent.ShouldContain("没有符合条件的督学");

        (await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/inspectors?q={jlpName}")).Document.Body!.TextContent.ShouldContain(jlpName);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Zones_and_departments_of_another_county_are_neither_listed_nor_writable(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        foreach (var what in new[] { "zones", "departments" })
        {
            var list = await spb.GetFromJsonAsync<JsonElement>($"/api/{what}?pageSize=200");
            list.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
            list.GetProperty("items").EnumerateArray().ShouldAllBe(u => u.GetProperty("regionCode").GetString() == "500106");
            (await spb.GetFromJsonAsync<JsonElement>($"/api/{what}?regionCode=500107")).GetProperty("total").GetInt32().ShouldBe(0);

            var outside = await spb.PostAsJsonAsync($"/api/{what}", new { regionCode = "500107", name = "越权" + Random.Shared.Next() });
            outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");
        }
        var above = await spb.PostAsJsonAsync("/api/departments", new { regionCode = "500000", name = "越级科室" });
        above.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (response, page) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/units");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Body!.TextContent.ShouldContain("沙坪坝区");
        page.Body.TextContent.ShouldNotContain("九龙坡区");
        page.Body.TextContent.ShouldNotContain("重庆市");
    }
}
