using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class UnitApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Zones_need_a_county_and_unique_names(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("admin");
        var name = "测试责任区" + Random.Shared.Next(0, 999999);
        var created = await client.PostAsJsonAsync("/api/zones", new { regionCode = "500107", name });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var zone = await created.Content.ReadFromJsonAsync<JsonElement>();
        zone.GetProperty("regionName").GetString().ShouldBe("九龙坡区");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/zones?regionCode=500107&pageSize=200");
        list.GetProperty("items").EnumerateArray().Select(z => z.GetProperty("name").GetString()).ShouldContain(name);

        var twin = await client.PostAsJsonAsync("/api/zones", new { regionCode = "500107", name = $" {name} " });
        twin.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString()
            .ShouldBe($"督导责任区“{name}”在该区划已存在");
        (await client.PostAsJsonAsync("/api/zones", new { regionCode = "500106", name })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var city = await client.PostAsJsonAsync("/api/zones", new { regionCode = "500000", name = "全市责任区" });
        city.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await city.Content.ReadAsStringAsync()).ShouldContain("不是区县级代码");
        var empty = await client.PostAsJsonAsync("/api/zones", new { regionCode = "500107", name = " " });
        (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("督导责任区名称不能为空");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Departments_may_belong_to_any_region_level_in_scope(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("admin");
        var name = "测试科" + Random.Shared.Next(0, 999999);
        (await client.PostAsJsonAsync("/api/departments", new { regionCode = "500000", name })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/departments", new { regionCode = "500107", name })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twin = await client.PostAsJsonAsync("/api/departments", new { regionCode = "500000", name });
        (await twin.Content.ReadAsStringAsync()).ShouldContain("已存在");

        var cityOnly = await client.GetFromJsonAsync<JsonElement>("/api/departments?regionCode=500107&pageSize=200");
        cityOnly.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("regionCode").GetString() == "500107");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/departments?pageSize=200");
        all.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("name").GetString() == name).ShouldBe(2);

        var jjk = await (await TestApp.For(kind).ApiAsync("jlp-jjk")).PostAsJsonAsync("/api/departments", new { regionCode = "500107", name = "无权" });
        jjk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
