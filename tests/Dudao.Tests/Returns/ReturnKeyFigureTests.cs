using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Returns;

/// <summary>Returns outstanding on the 工作台: what a unit must still fill, what an office must review and who missed a due day.</summary>
public sealed class ReturnKeyFigureTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_sees_what_it_owes_and_its_office_what_to_review_and_who_is_missing(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = await app.ApiAsync("jlp-school");
        var schools = await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.RegionCode == "500107"));
        var before = new Dictionary<string, Dictionary<string, int>>();
        foreach (var user in new[] { "jlp-admin", "jlp-school", "jlp-jjk", "jlp-duxue", "spb-admin" }) before[user] = await FiguresAsync(app, user);
        before["jlp-duxue"].Keys.ShouldNotContain(k => k.StartsWith("returns-", StringComparison.Ordinal), "an inspector fills and reviews no returns");
        before["jlp-school"].Keys.ShouldContain("returns-outstanding");
        before["jlp-school"].Keys.ShouldNotContain("returns-to-review");
        before["jlp-jjk"].Keys.ShouldContain("returns-outstanding");
        before["jlp-admin"].Keys.ShouldContain("returns-to-review");
        before["jlp-admin"].Keys.ShouldContain("returns-missing");

        // 九龙坡区 asks its schools for a monthly return due the 25th: each school owes one more.
        var formId = await ReturnApi.DefineAsync(office, "课后服务月报", dueDay: 25);
        (await FiguresAsync(app, "jlp-school"))["returns-outstanding"].ShouldBe(before["jlp-school"]["returns-outstanding"] + 1);
        (await FiguresAsync(app, "jlp-jjk"))["returns-outstanding"].ShouldBe(before["jlp-jjk"]["returns-outstanding"], "a department is not asked");

        // The school submits it: it owes no more, and its office has one more to review; 沙坪坝区 sees nothing of it.
        var mine = await ReturnApi.MineAsync(school, formId);
        await school.PostAsJsonAsync($"/api/returns/{mine.GetProperty("id").GetString()}/submit", new { values = new Dictionary<string, string> { ["meetings"] = "2" } }).OkAsync();
        (await FiguresAsync(app, "jlp-school"))["returns-outstanding"].ShouldBe(before["jlp-school"]["returns-outstanding"]);
        (await FiguresAsync(app, "jlp-admin"))["returns-to-review"].ShouldBe(before["jlp-admin"]["returns-to-review"] + 1);
        (await FiguresAsync(app, "jlp-admin"))["returns-missing"].ShouldBe(before["jlp-admin"]["returns-missing"], "not due yet");
        (await FiguresAsync(app, "spb-admin")).ShouldBe(before["spb-admin"]);

        // Past the due day: every other school of the county is missing.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        (await FiguresAsync(app, "jlp-admin"))["returns-missing"].ShouldBe(before["jlp-admin"]["returns-missing"] + schools - 1);
        (await FiguresAsync(app, "spb-admin"))["returns-missing"].ShouldBe(before["spb-admin"]["returns-missing"]);
    }

    /// <summary>The caller's returns figures (and the others) by key, as numbers where they are counts.</summary>
    private static async Task<Dictionary<string, int>> FiguresAsync(TestApp app, string user)
    {
        var figures = await (await app.ApiAsync(user)).GetFromJsonAsync<JsonElement>("/api/me/key-figures");
        return figures.EnumerateArray().Where(f => f.GetProperty("key").GetString()!.StartsWith("returns-", StringComparison.Ordinal))
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => int.Parse(f.GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
    }
}
