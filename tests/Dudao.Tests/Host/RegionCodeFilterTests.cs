using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Host;

public sealed class RegionCodeFilterTests
{
    /// <summary>Every API list, export and statistic that takes <c>?regionCode=</c>.</summary>
    private static readonly string[] ApiRoutes =
    [
        "/api/public/exposures", "/api/public/complaints/targets", "/api/schools", "/api/schools/export", "/api/institutions", "/api/institutions/export",
        "/api/inspectors", "/api/zones", "/api/departments", "/api/problems", "/api/problems/export", "/api/escalations", "/api/complaints",
        "/api/complaints/hot-targets", "/api/complaints/stats", "/api/complaints/routes", "/api/rules", "/api/visits", "/api/coverage",
    ];

    /// <summary>The staff pages and downloads that take it.</summary>
    private static readonly string[] PageRoutes =
    [
        "/staff/schools", "/staff/schools/export", "/staff/institutions", "/staff/institutions/export", "/staff/inspectors", "/staff/units",
        "/staff/problems", "/staff/problems/export", "/staff/complaints", "/staff/complaints/stats", "/staff/coverage", "/staff/coverage/heatmap",
    ];

    private static readonly string[] Malformed = ["00", "100", "\0", "5001070", "50010a"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_region_code_that_is_not_6_or_9_digits_is_refused_naming_regionCode(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var anonymous = app.CreateClient();
        foreach (var route in ApiRoutes)
        {
            var client = route.StartsWith("/api/public/", StringComparison.Ordinal) ? anonymous : admin;
            foreach (var code in Malformed)
                await Refusals.FieldAsync(await client.GetAsync($"{route}?regionCode={Uri.EscapeDataString(code)}"), HttpStatusCode.BadRequest, "regionCode");
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Province_and_city_codes_stay_valid_and_the_caller_still_sees_only_their_subtree(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var anonymous = app.CreateClient();
        foreach (var route in ApiRoutes)
        {
            var client = route.StartsWith("/api/public/", StringComparison.Ordinal) ? anonymous : admin;
            foreach (var code in new[] { "500000", "500100", "500107" })
            {
                var response = await client.GetAsync($"{route}?regionCode={code}");
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{route}?regionCode={code}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        // The filter narrows inside the scope, never widens it: a county office asking for the whole city still sees its county only.
        var jlp = await app.ApiAsync("jlp-admin");
        var city = await jlp.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500000&pageSize=200");
        city.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        city.GetProperty("items").EnumerateArray().ShouldAllBe(s => s.GetProperty("regionCode").GetString() == "500107");
        (await jlp.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500106")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_and_downloads_refuse_a_malformed_region_code_with_a_Chinese_message(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("admin");
        foreach (var route in PageRoutes)
        {
            foreach (var (code, expected) in new[] { ("00", "行政区划代码“00”应为6位或9位数字"), ("%00", "不能含有空字符") })
            {
                var (response, page) = await pages.GetAsync($"{route}?regionCode={code}");
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{route}?regionCode={code}");
                page.Body!.TextContent.ShouldContain(expected, Case.Sensitive, $"{route}?regionCode={code}");
            }
        }
    }
}
