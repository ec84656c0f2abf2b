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
        jlp.GetProperty("parentCode").GetString().ShouldBe("500100");

        var cities = await client.GetFromJsonAsync<JsonElement>("/api/regions/500000/children");
        cities.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldContain("500100");
        var towns = await client.GetFromJsonAsync<JsonElement>("/api/regions/500107/children");
        towns.EnumerateArray().ShouldAllBe(t => t.GetProperty("level").GetString() == "township" && t.GetProperty("code").GetString()!.StartsWith("500107"));

        var missing = await client.GetAsync("/api/regions/999999");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("行政区划代码“999999”不存在");
    }
}
