using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dudao.Tests.Training.TrainingApi;

namespace Dudao.Tests.Training;

public sealed class ScheduleCheckTests
{
    private static object Lesson(string date, string start, string end, bool online, string subject = "数学") => new { date, start, end, online, subject };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_checker_finds_each_rule_at_its_edge_and_the_department_turns_violations_into_problems(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        (await (await app.ApiAsync("admin")).PutAsJsonAsync("/api/admin/holidays", new { date = "2026-11-25", name = "测试节", isWorkday = false }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await app.ApiAsync("jlp-admin")).PostAsJsonAsync("/api/vacations", new { name = "测试寒假", from = "2026-12-21", to = "2026-12-25" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await InstitutionIdAsync(app, JlpUscc[3]);
        var institution = await InstitutionAccountAsync(app, id);
        var lessons = new[]
        {
            Lesson("2026-11-24", "19:00", "19:30", true),   // 0: 30 minutes, fine
            Lesson("2026-11-24", "19:40", "20:11", true),   // 1: 31 minutes (10-minute break is fine)
            Lesson("2026-11-24", "20:20", "20:50", true),   // 2: a 9-minute break
            Lesson("2026-11-26", "20:29", "20:59", true),   // 3: ends 20:59, fine
            Lesson("2026-11-27", "20:31", "21:01", true),   // 4: ends 21:01
            Lesson("2026-11-25", "09:00", "10:00", false),  // 5: a public holiday
            Lesson("2026-12-22", "09:00", "10:00", false),  // 6: a vacation day
            Lesson("2026-12-01", "09:00", "10:00", false),  // 7: a weekday, fine
        };
        var result = await OkAsync(await institution.PostAsJsonAsync($"/api/institutions/{id}/schedule-check", new { lessons }));
        var found = result.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("index").GetInt32(), v.GetProperty("rule").GetString())).ToList();
        found.ShouldBe([(1, "online-duration"), (2, "online-break"), (4, "online-late"), (5, "rest-day"), (6, "vacation")], ignoreOrder: true);
        result.GetRawText().ShouldContain("测试节");

        await ShouldRefuseAsync(await institution.PostAsJsonAsync($"/api/institutions/{id}/schedule-check",
            new { lessons = new[] { Lesson("2026-11-24", "10:00", "09:00", false) } }), "lessons[0].end", "结束时间应晚于开始时间");
        (await institution.PostAsJsonAsync($"/api/institutions/{id}/schedule-check/problems", new { lessons })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("spb-pxjg")).PostAsJsonAsync($"/api/institutions/{id}/schedule-check", new { lessons })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var opened = await OkAsync(await (await app.ApiAsync("jlp-pxjg")).PostAsJsonAsync($"/api/institutions/{id}/schedule-check/problems", new { lessons }));
        var problemIds = opened.GetProperty("problemIds").EnumerateArray().Select(p => p.GetString()).ToList();
        problemIds.Count.ShouldBe(5);
        var problem = await institution.GetFromJsonAsync<JsonElement>($"/api/problems/{problemIds[0]}");
        problem.GetProperty("description").GetString()!.ShouldContain("培训课表违规");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Non_subject_training_may_use_a_weekend_but_a_subject_lesson_may_not(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await InstitutionIdAsync(app, JlpUscc[0]);
        var result = await OkAsync(await (await app.ApiAsync("jlp-jg")).PostAsJsonAsync($"/api/institutions/{id}/schedule-check", new
        {
            lessons = new[] { Lesson("2026-11-28", "09:00", "10:30", false, "美术"), Lesson("2026-11-28", "14:00", "15:00", false, "数学") },
        }));
        var violation = result.GetProperty("violations").EnumerateArray().ShouldHaveSingleItem();
        violation.GetProperty("index").GetInt32().ShouldBe(1);
        violation.GetProperty("rule").GetString().ShouldBe("rest-day");
    }
}
