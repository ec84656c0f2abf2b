using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class HeatmapTests
{
    // 南岸区: no demo schools, so the county holds only what this test makes.
    private const string County = "500108";

    [Theory, ClassData(typeof(Databases))]
    public async Task Zones_come_in_counting_order_and_months_nobody_could_cover_are_blank(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind); // clock at 2026-11-23, season April–November by default
        var admin = await app.ApiAsync("admin");
        string[] zones = ["第十一责任区", "第二责任区", "第十责任区", "第一责任区", "第三责任区"];
        var ids = new Dictionary<string, string>();
        foreach (var zone in zones)
        {
            (await admin.PostAsJsonAsync("/api/zones", new { regionCode = County, name = zone })).StatusCode.ShouldBe(HttpStatusCode.Created);
            var code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
            var school = await admin.PostAsJsonAsync("/api/schools", new
            {
                code, name = $"南岸区{zone}小学{code}", type = "小学", ownership = "公办", regionCode = County, zone, pupils = 500, teachers = 40,
            });
            school.StatusCode.ShouldBe(HttpStatusCode.Created, await school.Content.ReadAsStringAsync());
            ids[zone] = (await school.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
        string[] counted = ["第一责任区", "第二责任区", "第三责任区", "第十责任区", "第十一责任区"];

        var coverage = await admin.GetFromJsonAsync<JsonElement>($"/api/coverage?regionCode={County}&month=2026-11");
        coverage.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("name").GetString()).ShouldBe(counted);

        // 第一责任区's school was entered in June; a visit in October shows whatever the rules say.
        await app.WithDbAsync(async db =>
        {
            var june = await db.Set<School>().FirstAsync(s => s.Id == ids["第一责任区"]);
            june.RegisteredOn = new DateOnly(2026, 6, 15);
            return await db.SaveChangesAsync();
        });
        (await admin.PostAsJsonAsync("/api/visits", InspectionApi.Visit(ids["第一责任区"], "2026-10-09"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var rows = (await admin.GetFromJsonAsync<JsonElement>($"/api/coverage/heatmap?regionCode={County}&year=2026")).EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("zone").GetString()).ShouldBe(counted);
        var blanks = rows[0].GetProperty("blanks").EnumerateArray().Select(b => b.GetString()).ToList();
        blanks[0].ShouldBe("不在月月督时段", "January is outside April–November");
        blanks[3].ShouldBe("学校尚未登记", "April is before the school was entered");
        blanks[4].ShouldBe("学校尚未登记");
        blanks[5].ShouldBeNull("June is when it was entered");
        blanks[10].ShouldBeNull("November is this month");
        blanks[11].ShouldBe("尚未到来");
        rows[0].GetProperty("months")[9].GetString().ShouldBe("2026-10-09");
        // A school entered today: every earlier month of the season is blank too.
        rows[1].GetProperty("blanks")[9].GetString().ShouldBe("学校尚未登记");

        var pages = await app.PagesAsync("admin");
        var (_, page) = await pages.GetAsync($"/staff/coverage/heatmap?regionCode={County}&year=2026");
        var cells = page.QuerySelector($"#heatmap-school tr[data-id='{ids["第一责任区"]}']")!.QuerySelectorAll("td").Skip(2).ToList();
        cells.Select(c => c.ClassList.Contains("heatmap-blank")).ShouldBe([true, true, true, true, true, false, false, false, false, false, false, true]);
        cells[5].TextContent.ShouldBe("·", "June was counted and not visited");
        cells[9].TextContent.ShouldBe("9");
        cells[0].TextContent.ShouldBeEmpty();
    }
}
