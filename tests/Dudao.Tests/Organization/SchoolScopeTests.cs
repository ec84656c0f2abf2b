using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class SchoolScopeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_own_schools_and_cannot_read_or_change_another_countys(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        var jlp = await app.ApiAsync("jlp-admin");

        var jlpList = await jlp.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=200");
        var jlpSchool = jlpList.GetProperty("items")[0];
        jlpSchool.GetProperty("regionCode").GetString().ShouldBe("500107");
        var id = jlpSchool.GetProperty("id").GetString();

        var spbList = await spb.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=200");
        spbList.GetProperty("items").EnumerateArray().ShouldAllBe(s => s.GetProperty("regionCode").GetString() == "500106");
        (await spb.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500107")).GetProperty("total").GetInt32().ShouldBe(0);

        (await spb.GetAsync($"/api/schools/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var put = await spb.PutAsJsonAsync($"/api/schools/{id}", new
        {
            code = jlpSchool.GetProperty("code").GetString(), name = "改名", type = "小学", ownership = "公办",
            regionCode = "500106", pupils = 1, teachers = 1,
        });
        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/schools/{id}")).GetProperty("name").GetString().ShouldNotBe("改名");

        var (_, page) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/schools");
        page.Body!.TextContent.ShouldNotContain(jlpSchool.GetProperty("name").GetString()!);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_city_office_sees_every_county_below_it(DatabaseKind kind)
    {
        var admin = await TestApp.For(kind).ApiAsync("admin");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=200");
        var regions = all.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("regionCode").GetString()).Distinct().ToList();
        regions.ShouldContain("500107");
        regions.ShouldContain("500106");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_account_sees_only_itself(DatabaseKind kind)
    {
        var school = await TestApp.For(kind).ApiAsync("jlp-school");
        var list = await school.GetFromJsonAsync<JsonElement>("/api/schools");
        list.GetProperty("total").GetInt32().ShouldBe(1);
    }
}
