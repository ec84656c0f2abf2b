using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dudao.Tests.SchoolAffairs.SchoolAffairsApi;

namespace Dudao.Tests.SchoolAffairs;

public sealed class HomeworkTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Daily_homework_is_checked_against_the_C10_band_of_its_grade_at_the_edges(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (primary, _, school) = await NewSchoolAsync(app);
        async Task<List<string>> Publish(string id, HttpClient client, object input) =>
            Rules(await OkAsync(await client.PostAsJsonAsync($"/api/schools/{id}/homework", input)));

        (await Publish(primary, school, Homework("2026-11-23", 3, Line("语文", 30), Line("数学", 30)))).ShouldBeEmpty();
        (await Publish(primary, school, Homework("2026-11-23", 4, Line("语文", 30), Line("数学", 31)))).ShouldBe(["homework-minutes"]);
        (await Publish(primary, school, Homework("2026-11-23", 2, Line("语文", 0)))).ShouldBeEmpty();
        (await Publish(primary, school, Homework("2026-11-23", 1, Line("语文", 1, day: 3)))).ShouldBe(["homework-none"]);
        // Per class and day: 30 every day plus 31 on Tuesday is 61 on Tuesday only.
        var byDay = await OkAsync(await school.PostAsJsonAsync($"/api/schools/{primary}/homework",
            new { week = "2026-11-25", grade = 5, className = "五年级2班", lines = new[] { Line("语文", 30), Line("英语", 31, day: 2) } }));
        Rules(byDay).ShouldBe(["homework-minutes"]);
        byDay.GetProperty("violations")[0].GetProperty("message").GetString()!.ShouldContain("五年级周二书面作业共61分钟，超过每天60分钟");
        (byDay.GetProperty("weekOf").GetString(), byDay.GetProperty("maxDailyMinutes").GetInt32(), byDay.GetProperty("limitMinutes").GetInt32())
            .ShouldBe(("2026-11-23", 61, 60));

        var (junior, _, juniorSchool) = await NewSchoolAsync(app, "初中");
        (await Publish(junior, juniorSchool, Homework("2026-11-23", 8, Line("数学", 45), Line("物理", 45)))).ShouldBeEmpty();
        (await Publish(junior, juniorSchool, Homework("2026-11-23", 9, Line("数学", 45), Line("物理", 46)))).ShouldBe(["homework-minutes"]);

        // Republishing the week's entry replaces it: the breach goes.
        (await Publish(primary, school, Homework("2026-11-26", 4, Line("语文", 30), Line("数学", 30)))).ShouldBeEmpty();
        var week = await school.GetFromJsonAsync<JsonElement>($"/api/schools/{primary}/homework?week=2026-11-27");
        week.EnumerateArray().Select(h => (h.GetProperty("grade").GetInt32(), h.GetProperty("violations").GetArrayLength()))
            .ShouldBe([(1, 1), (2, 0), (3, 0), (4, 0), (5, 1)]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_entries_are_refused_by_field_and_only_the_school_publishes_what_its_county_reads(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (id, code, school) = await NewSchoolAsync(app);
        var url = $"/api/schools/{id}/homework";
        await ShouldRefuseAsync(await school.PostAsJsonAsync(url, Homework("2026-11-23", 7, Line("语文", 10))), "grade", "一年级至六年级");
        await ShouldRefuseAsync(await school.PostAsJsonAsync(url, Homework("2026-11-23", 3, Line("语文", 301))), "lines[0].minutes", "第1项：预计时长应为 0–300 分钟");
        await ShouldRefuseAsync(await school.PostAsJsonAsync(url, Homework("2026-11-23", 3)), "lines", "请至少填写一项作业");
        await ShouldRefuseAsync(await school.PostAsJsonAsync(url, new { grade = 3, lines = new[] { Line("语文", 10) } }), "week", "请选择周次");

        var office = await app.ApiAsync("jlp-admin");
        (await office.PostAsJsonAsync(url, Homework("2026-11-23", 3, Line("语文", 10)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("jlp-school")).PostAsJsonAsync(url, Homework("2026-11-23", 3, Line("语文", 10)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await school.PostAsJsonAsync(url, Homework("2026-11-23", 3, Line("语文", 70)))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await office.GetFromJsonAsync<JsonElement>(url)).GetArrayLength().ShouldBe(1);
        (await (await app.ApiAsync("spb-admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-school")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The public page needs no login and no script.
        using var anonymous = app.CreateClient();
        var html = await anonymous.GetStringAsync($"/public/schools/{code}");
        html.ShouldContain("语文练习（约 70 分钟）");
        html.ShouldContain("（超出规定）");
        html.ShouldNotContain("<script>");
        (await anonymous.GetAsync("/public/schools/0000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_county_office_turns_a_flag_into_one_problem_and_another_county_cannot(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (id, _, school) = await NewSchoolAsync(app);
        var entry = await OkAsync(await school.PostAsJsonAsync($"/api/schools/{id}/homework", Homework("2026-11-16", 6, Line("数学", 75))));
        var entryId = entry.GetProperty("id").GetString();

        var office = await app.ApiAsync("jlp-admin");
        var flags = await office.GetFromJsonAsync<JsonElement>("/api/school-affairs/flags");
        flags.EnumerateArray().ShouldContain(f => f.GetProperty("id").GetString() == entryId && f.GetProperty("kind").GetString() == "homework");
        (await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/school-affairs/flags")).EnumerateArray()
            .ShouldNotContain(f => f.GetProperty("id").GetString() == entryId);

        var url = $"/api/school-affairs/flags/homework/{entryId}/problem";
        (await school.PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("spb-admin")).PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problemId = (await OkAsync(await office.PostAsync(url, null))).GetProperty("problemId").GetString();
        (await office.PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var problem = await school.GetFromJsonAsync<JsonElement>($"/api/problems/{problemId}");
        problem.GetProperty("description").GetString()!.ShouldContain("作业公示违规：六年级每天书面作业共75分钟，超过每天60分钟的上限");
        problem.GetProperty("category").GetString().ShouldBe("作业管理");
    }
}
