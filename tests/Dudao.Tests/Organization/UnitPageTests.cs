using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class UnitPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_zone_is_added_through_the_units_page_and_a_duplicate_gets_a_chinese_error(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var name = "页面责任区" + Random.Shared.Next(0, 999999);

        var added = await pages.SubmitAsync("/staff/units", "[data-testid=zone-form]", new() { ["ZoneInput.Name"] = name });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = PageClient.Parse(await added.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=zone-card] .alert-success")!.TextContent.ShouldContain(name);
        page.QuerySelector("[data-testid=zone-card] table")!.TextContent.ShouldContain(name);
        var zones = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/zones?regionCode=500107&pageSize=200");
        zones.GetProperty("items").EnumerateArray().Select(z => z.GetProperty("name").GetString()).ShouldContain(name);

        var twin = await pages.SubmitAsync("/staff/units", "[data-testid=zone-form]", new() { ["ZoneInput.Name"] = name });
        twin.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page = PageClient.Parse(await twin.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=zone-form] .field-error")!.TextContent.ShouldBe($"督导责任区“{name}”在该区划已存在");
        page.QuerySelector("[data-testid=zone-form] input[name='ZoneInput.Name']")!.GetAttribute("value").ShouldBe(name);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_is_added_through_the_units_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("admin");
        var name = "页面科室" + Random.Shared.Next(0, 999999);
        var added = await pages.SubmitAsync("/staff/units", "[data-testid=department-form]",
            new() { ["DepartmentInput.RegionCode"] = "500106", ["DepartmentInput.Name"] = name });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await added.Content.ReadAsStringAsync()).ShouldContain($"已添加科室“{name}”");
        var (_, filtered) = await pages.GetAsync("/staff/units?regionCode=500106");
        filtered.QuerySelector("[data-testid=department-card] table")!.TextContent.ShouldContain(name);
    }
}
