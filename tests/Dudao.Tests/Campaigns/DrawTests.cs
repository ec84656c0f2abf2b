using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Architecture;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.Campaigns.DrawApi;

namespace Dudao.Tests.Campaigns;

public sealed class DrawTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_draw_is_announced_with_its_inputs_refused_before_its_seed_day_and_run_once_after_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var announced = await AnnounceAsync(office, new
        {
            regionCode = "500107", targetKind = "school", targetFilter = new { types = new[] { "小学" } }, targetCount = 4, inspectorCount = 2,
            title = "2026年12月学校双随机抽查", seedFixedOn = "2026-11-25", seedSource = "2026-11-25 福彩3D开奖号码",
        });
        var id = announced.GetProperty("id").GetString()!;
        announced.GetProperty("status").GetString().ShouldBe("announced");
        announced.GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);
        announced.GetProperty("pairs").GetArrayLength().ShouldBe(0);
        announced.GetProperty("algorithm").GetString().ShouldBe("dudao-draw-v1");

        // The public sees the announcement and its pool before the seed exists.
        var anonymous = app.CreateClient();
        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/draws/{id}");
        published.GetProperty("poolTargets").EnumerateArray().ShouldAllBe(t => t.GetProperty("name").GetString()!.EndsWith("小学校"));
        published.GetProperty("conflicts").EnumerateArray().ShouldContain(c => c.GetProperty("reason").GetString() == "assigned");
        (await anonymous.GetAsync($"/api/public/draws/{id}/result")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var early = await office.PostAsJsonAsync($"/api/draws/{id}/run", new { seed = "482" });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync()).ShouldContain("2026-11-25");

        app.Clock.Advance(TimeSpan.FromDays(2));
        office = await app.ApiAsync("jlp-admin"); // the token of two days ago has expired
        await ShouldRefuseAsync(await office.PostAsJsonAsync($"/api/draws/{id}/run", new { seed = "4 8 2" }), "seed", "字母、数字");
        var run = await office.PostAsJsonAsync($"/api/draws/{id}/run", new { seed = "482" });
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        var result = await run.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("seed").GetString().ShouldBe("482");
        result.GetProperty("targets").GetArrayLength().ShouldBe(4);
        result.GetProperty("pairs").EnumerateArray().ShouldAllBe(p => p.GetProperty("inspectorIds").GetArrayLength() == 2);
        (await office.PostAsJsonAsync($"/api/draws/{id}/run", new { seed = "483" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // No drawn inspector is the target's 挂牌责任督学.
        var assigned = await app.WithDbAsync(db => db.Set<Assignment>().Select(a => a.InspectorId + ":" + a.TargetId).ToListAsync());
        foreach (var pair in result.GetProperty("pairs").EnumerateArray())
        {
            foreach (var inspector in pair.GetProperty("inspectorIds").EnumerateArray())
            {
                assigned.ShouldNotContain(inspector.GetString() + ":" + pair.GetProperty("targetId").GetString());
            }
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_shipped_python_script_reproduces_three_published_draws_byte_for_byte(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var institutions = await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.RegionCode == "500107" && i.Status == Institution.Normal)
            .OrderBy(i => i.Uscc).Select(i => new { i.Id, i.Name }).ToListAsync());
        var inspectors = await app.WithDbAsync(db => db.Set<Inspector>().Where(i => i.RegionCode == "500107").OrderBy(i => i.Name).Select(i => i.Name).ToListAsync());
        var bodies = new[]
        {
            RunNow("20261123-01"),
            RunNow("03-07-12-21-28-33.05", targetCount: 2, filter: new { category = "非学科类" }),
            RunNow("9", targetCount: 4, recusals: [new { inspector = inspectors[0], target = institutions[1].Name, reason = "工作单位" }, new { inspector = inspectors[1], target = institutions[2].Id, reason = "recused" }]),
        };
        var anonymous = app.CreateClient();
        foreach (var body in bodies)
        {
            var id = (await AnnounceAsync(office, body)).GetProperty("id").GetString()!;
            var input = await anonymous.GetByteArrayAsync($"/api/public/draws/{id}/input");
            var published = await anonymous.GetByteArrayAsync($"/api/public/draws/{id}/result");
            var seed = (await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/draws/{id}")).GetProperty("seed").GetString()!;
            Recompute(input, seed).ShouldBe(published, Encoding.UTF8.GetString(published));
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_names_its_field_and_another_county_neither_sees_nor_draws_in_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("1", title: " ")), "title", "抽查名称");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("a:b")), "seed", "随机种子");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("1", targetCount: 5000)), "targetCount", "1至500");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("1", filter: new { category = "补习类" })), "targetFilter.category", "学科类");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("1", targetCount: 200)), "targetCount", "超过对象库");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", RunNow("1", recusals: [new { inspector = "无此人", target = "无此机构", reason = "亲属" }])),
            "recusals[0].inspector", "第1条回避");
        await ShouldRefuseAsync(await office.PostAsJsonAsync("/api/draws", new { regionCode = "500107", targetKind = "school", targetCount = 1, inspectorCount = 1, title = "未定种子日" }),
            "seedFixedOn", "种子");

        var id = (await AnnounceAsync(office, RunNow("77"))).GetProperty("id").GetString()!;
        var other = await app.ApiAsync("spb-admin");
        (await other.GetAsync($"/api/draws/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/draws/{id}/run", new { seed = "1" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/api/draws")).ShouldNotContain(id);
        await ShouldRefuseAsync(await other.PostAsJsonAsync("/api/draws", RunNow("1")), "regionCode", "不在您的管理范围内");
        (await (await app.ApiAsync("jlp-school")).GetAsync("/api/draws")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await office.GetStringAsync("/api/draws")).ShouldContain(id);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_draw_pages_need_no_login_and_show_inputs_seed_algorithm_and_result(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var draw = await AnnounceAsync(office, RunNow("5150", title: "公开页抽查"));
        var id = draw.GetProperty("id").GetString()!;
        var anonymous = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));

        var (listResponse, list) = await anonymous.GetAsync("/public/draws");
        listResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.QuerySelector($"[data-draw='{id}']").ShouldNotBeNull();

        var (response, page) = await anonymous.GetAsync($"/public/draws/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#draw-seed")!.TextContent.ShouldContain("5150");
        page.QuerySelector("#draw-algorithm")!.TextContent.ShouldContain("dudao-draw-v1");
        page.QuerySelector("#draw-hash")!.TextContent.ShouldContain(draw.GetProperty("inputsHash").GetString()!);
        page.QuerySelectorAll("#draw-pairs tbody tr").Length.ShouldBe(3);
        page.QuerySelector($"a[href='/api/public/draws/{id}/input']").ShouldNotBeNull();
        page.QuerySelectorAll("script:not([src])").Length.ShouldBe(0);
        (await anonymous.GetAsync("/public/draws/nope")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/public/draws?pageSize=100");
        json.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("id").GetString() == id);
    }

    /// <summary>Runs tools/draw/recompute.py on the downloaded input file and answers its standard output.</summary>
    internal static byte[] Recompute(byte[] input, string seed)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dudao-draw-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, input);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(ModuleBoundaryTests.RepositoryRoot(), "tools", "draw", "recompute.py"));
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(seed);
            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, error);
            error.ShouldBeEmpty();
            return output.ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
