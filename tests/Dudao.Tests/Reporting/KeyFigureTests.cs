using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Time;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Reporting;

/// <summary>Each demo account's key figures on the 工作台: what its role reads, and nothing from outside its scope.</summary>
public sealed class KeyFigureTests
{
    /// <summary>The figures this module owns; the after-school participation figures are tested with the after-school plans.</summary>
    private static List<string> Own(Dictionary<string, string> figures) =>
        figures.Keys.Where(k => !k.StartsWith("after-school", StringComparison.Ordinal)).ToList();

    private static readonly string[] JlpAccounts = ["jlp-admin", "jlp-jjk", "jlp-duxue", "jlp-school", "jlp-jg"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_role_reads_its_own_figures_and_another_countys_records_move_none_of_them(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var before = new Dictionary<string, Dictionary<string, string>>();
        foreach (var user in JlpAccounts.Append("admin").Append("spb-admin")) before[user] = await FiguresAsync(app, user);

        Own(before["jlp-admin"]).ShouldBe(["coverage", "rectification-rate", "complaints-on-time", "problems-overdue", "returns-to-review", "returns-missing"]);
        Own(before["jlp-jjk"]).ShouldBe(["coverage", "rectification-rate", "complaints-on-time", "problems-overdue", "rectification-rate#unit", "problems-overdue#unit", "returns-outstanding"]);
        Own(before["jlp-duxue"]).ShouldBe(["coverage", "rectification-rate", "problems-overdue"]);
        Own(before["jlp-school"]).ShouldBe(["visited", "rectification-rate", "problems-overdue", "returns-outstanding"]);
        Own(before["jlp-jg"]).ShouldBe(["visited", "rectification-rate", "problems-overdue"]);

        // 沙坪坝区: a visited school and an overdue problem, then the night's settlement.
        await app.WithDbAsync(async db =>
        {
            var school = await db.Set<School>().FirstAsync(s => s.RegionCode == "500106");
            var day = app.Clock.Today();
            var visit = new Visit { RegionCode = "500106", TargetKind = "school", TargetId = school.Id, Date = day, Month = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
            db.Add(visit);
            db.AddIfAbsent(new CoverageMark { Month = visit.Month, TargetKind = "school", TargetId = school.Id, RegionCode = "500106", VisitId = visit.Id, VisitedOn = day });
            db.Add(new Problem
            {
                RegionCode = "500106", TargetKind = "school", TargetId = school.Id, TargetName = school.Name, Category = "其他", Description = "范围测试",
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime, Deadline = day.AddDays(-1),
            });
            return await db.SaveChangesAsync();
        });
        (await (await app.ApiAsync("admin")).PostAsync("/api/admin/jobs/rollup-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var user in JlpAccounts) (await FiguresAsync(app, user)).ShouldBe(before[user], user);
        (await FiguresAsync(app, "spb-admin"))["problems-overdue"].ShouldBe((int.Parse(before["spb-admin"]["problems-overdue"], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await FiguresAsync(app, "admin"))["coverage"].ShouldNotBe(before["admin"]["coverage"]);

        var (response, home) = await (await app.PagesAsync("jlp-school")).GetAsync("/staff");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.QuerySelectorAll("[data-testid=key-figure]").Select(e => e.GetAttribute("data-key")).ShouldBe(["visited", "rectification-rate", "problems-overdue", "returns-outstanding", "after-school-pupils", "after-school-teachers"]);
        home.QuerySelector("[data-testid=key-figures]")!.TextContent.ShouldNotContain("举报");
    }

    /// <summary>The caller's figures by key (a department's own keys follow the region's, so a repeated key keeps its first value), value and note together.</summary>
    private static async Task<Dictionary<string, string>> FiguresAsync(TestApp app, string user)
    {
        var figures = await (await app.ApiAsync(user)).GetFromJsonAsync<JsonElement>("/api/me/key-figures");
        var map = new Dictionary<string, string>();
        foreach (var f in figures.EnumerateArray())
        {
            var key = f.GetProperty("key").GetString()!;
            var value = f.GetProperty("value").GetString()! + (f.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? " " + note.GetString() : "");
            map[map.ContainsKey(key) ? key + "#unit" : key] = key == "problems-overdue" && !map.ContainsKey(key) ? f.GetProperty("value").GetString()! : value;
        }
        return map;
    }
}
