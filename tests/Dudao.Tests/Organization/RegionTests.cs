using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

public sealed class RegionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_shipped_region_table_is_loaded_with_every_level(DatabaseKind kind)
    {
        var counts = await TestApp.For(kind).WithDbAsync(db => db.Set<Region>().GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var byLevel = counts.ToDictionary(c => c.Key, c => c.Count);
        byLevel["province"].ShouldBe(31);
        byLevel["city"].ShouldBeInRange(330, 350);
        byLevel["county"].ShouldBeInRange(2900, 3000);
        byLevel["township"].ShouldBeGreaterThan(40_000);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Regions_and_their_children_are_served_with_chinese_errors_for_unknown_codes(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("spb-admin");
        var jlp = await client.GetFromJsonAsync<JsonElement>("/api/regions/500107");
        jlp.GetProperty("name").GetString().ShouldBe("九龙坡区");
        jlp.GetProperty("level").GetString().ShouldBe("county");
        jlp.GetProperty("parentCode").GetString().ShouldBe("500000", "a 直辖市's district hangs on the city, not on 市辖区");

        var cities = await client.GetFromJsonAsync<JsonElement>("/api/regions/440000/children");
        cities.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldContain("440100");
        var towns = await client.GetFromJsonAsync<JsonElement>("/api/regions/500107/children");
        towns.EnumerateArray().ShouldAllBe(t => t.GetProperty("level").GetString() == "township" && t.GetProperty("code").GetString()!.StartsWith("500107"));

        var missing = await client.GetAsync("/api/regions/999999");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("行政区划代码“999999”不存在");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_municipality_s_children_are_its_districts_and_counties_not_its_groupings(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("admin");
        var children = (await client.GetFromJsonAsync<JsonElement>("/api/regions/500000/children")).EnumerateArray().ToList();
        children.Count.ShouldBe(38, "重庆市 has 26 districts and 12 counties");
        children.ShouldAllBe(c => c.GetProperty("level").GetString() == "county" && c.GetProperty("parentCode").GetString() == "500000");
        var codes = children.Select(c => c.GetProperty("code").GetString()!).ToList();
        codes.ShouldContain("500107");
        codes.ShouldContain("500243", "a county under 县 (500200) as well");
        codes.ShouldNotContain("500100");
        codes.ShouldNotContain("500200");
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToList());

        (await client.GetFromJsonAsync<JsonElement>("/api/regions/110000/children")).GetArrayLength().ShouldBe(16, "北京市 likewise");
        var shanghai = await client.GetFromJsonAsync<JsonElement>("/api/regions/310115");
        shanghai.GetProperty("parentCode").GetString().ShouldBe("310000");
        // An ordinary province keeps its cities.
        (await client.GetFromJsonAsync<JsonElement>("/api/regions/510000/children")).EnumerateArray()
            .ShouldAllBe(c => c.GetProperty("level").GetString() == "city");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pickers_leave_out_a_municipality_s_groupings(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("admin");
        var (_, doc) = await pages.GetAsync("/staff/inspectors");
        var options = doc.QuerySelectorAll("#regionCode option").Select(o => o.GetAttribute("value")).ToList();
        options.ShouldContain("500000");
        options.ShouldContain("500107");
        options.ShouldNotContain("500100");
        options.ShouldNotContain("500200");
    }
}
