using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dudao.Tests.Surveys.SurveyApi;

namespace Dudao.Tests.Surveys;

public sealed class SurveyResultTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Aggregates_equal_a_hand_count_at_the_school_and_up_the_tree(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schools = await SchoolIdsAsync(app, Jlp);
        var round = await RoundAsync(office, Jlp);
        var parents = await TokenAsync(office, round, schools[0]);
        var pupils = await TokenAsync(office, round, schools[0], "pupil");
        (await AnswerAsync(app, parents, Sheet(4, 40, sleep: 9, afterSchool: true, paid: false, satisfaction: 5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AnswerAsync(app, parents, Sheet(4, 50, sleep: 10, afterSchool: false, paid: true, satisfaction: 3))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AnswerAsync(app, pupils, Sheet(5, 30, sleep: 8.5, afterSchool: true, paid: false, satisfaction: 4))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AnswerAsync(app, await TokenAsync(office, round, schools[1]), Sheet(8, 80, sleep: 8, afterSchool: true, paid: true, satisfaction: 2)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var school = await ResultsAsync(office, round, $"?schoolId={schools[0]}");
        school.GetProperty("level").GetString().ShouldBe("school");
        var f = school.GetProperty("figures");
        f.GetProperty("responses").GetInt32().ShouldBe(3);
        // Satisfaction: 3 sheets × 3 items; satisfied (4 or 5) on sheets 1 and 3: 6 of 9.
        f.GetProperty("satisfactionRate").GetDouble().ShouldBe(66.7);
        f.GetProperty("afterSchoolRate").GetDouble().ShouldBe(66.7);
        f.GetProperty("paidTutoringRate").GetDouble().ShouldBe(33.3);
        f.GetProperty("averageSleepHours").GetDouble().ShouldBe(9.2); // (9 + 10 + 8.5) / 3 = 9.1666…
        f.GetProperty("averageHomeworkMinutes").GetDouble().ShouldBe(40);
        var grades = school.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("grade").GetInt32());
        grades[4].GetProperty("answers").GetInt32().ShouldBe(2);
        grades[4].GetProperty("averageMinutes").GetDouble().ShouldBe(45);
        grades[4].GetProperty("limit").GetDouble().ShouldBe(60);
        grades[5].GetProperty("averageMinutes").GetDouble().ShouldBe(30);
        school.GetProperty("satisfaction").EnumerateArray().Select(s => s.GetProperty("satisfied").GetInt32()).ShouldBe([2, 2, 2]);

        var county = await ResultsAsync(office, round);
        county.GetProperty("level").GetString().ShouldBe("county");
        county.GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(4);
        county.GetProperty("figures").GetProperty("satisfactionRate").GetDouble().ShouldBe(50); // 6 of 12
        county.GetProperty("figures").GetProperty("paidTutoringRate").GetDouble().ShouldBe(50);
        var children = county.GetProperty("children").EnumerateArray().ToList();
        children.Count.ShouldBe(schools.Count);
        children.Single(c => c.GetProperty("schoolId").GetString() == schools[0]).GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(3);

        // The city office above reads the county's round as it stands, but not above the round's region.
        var admin = await app.ApiAsync("admin");
        (await ResultsAsync(admin, round)).GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(4);
        (await admin.GetAsync($"/api/surveys/rounds/{round}/results?regionCode=500000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var export = await office.GetAsync($"/api/surveys/rounds/{round}/results/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Homework_is_flagged_above_the_checklist_limit_of_each_grade_and_a_flag_becomes_one_problem(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schools = await SchoolIdsAsync(app, Jlp);
        var round = await RoundAsync(office, Jlp);
        var token = await TokenAsync(office, round, schools[2]);
        foreach (var (grade, minutes) in new[] { (1, 1.0), (2, 0.0), (3, 60.0), (4, 61.0), (7, 90.0), (8, 91.0) })
        {
            (await AnswerAsync(app, token, Sheet(grade, minutes))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var quiet = await TokenAsync(office, round, schools[3]);
        (await AnswerAsync(app, quiet, Sheet(6, 60))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var school = await ResultsAsync(office, round, $"?schoolId={schools[2]}");
        var over = school.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("grade").GetInt32(), g => g.GetProperty("overLimit").GetBoolean());
        over.ShouldBe(new Dictionary<int, bool> { [1] = true, [2] = false, [3] = false, [4] = true, [7] = false, [8] = true }, ignoreOrder: true);
        var flags = school.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToList();
        flags.Count.ShouldBe(3);
        flags.ShouldContain("一年级平均每天书面作业 1 分钟，该年级不应布置书面家庭作业");
        flags.ShouldContain("八年级平均每天书面作业 91 分钟，超过限额 90 分钟");
        (await ResultsAsync(office, round)).GetProperty("figures").GetProperty("schoolsFlagged").GetInt32().ShouldBe(1);

        var opened = await office.PostAsync($"/api/surveys/rounds/{round}/schools/{schools[2]}/problem", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var problemId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problemId").GetString();
        var problem = await office.GetFromJsonAsync<JsonElement>($"/api/problems/{problemId}");
        problem.GetProperty("source").GetString().ShouldBe("survey");
        problem.GetProperty("description").GetString()!.ShouldContain("四年级平均每天书面作业 61 分钟，超过限额 60 分钟");
        await ShouldConflictAsync(await office.PostAsync($"/api/surveys/rounds/{round}/schools/{schools[2]}/problem", null), "已从本轮监测结果为该校转过整改问题");
        await ShouldConflictAsync(await office.PostAsync($"/api/surveys/rounds/{round}/schools/{schools[3]}/problem", null), "没有超出作业时长限额");
        (await ResultsAsync(office, round, $"?schoolId={schools[2]}")).GetProperty("problemId").GetString().ShouldBe(problemId);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_schools_results_and_another_county_gets_404(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var city = await app.ApiAsync("admin");
        var jlp = await app.ApiAsync("jlp-admin");
        var spb = await app.ApiAsync("spb-admin");
        var round = await RoundAsync(city, "500000", audiences: ["parent"]);
        var jlpSchool = (await SchoolIdsAsync(app, Jlp))[0];
        var spbSchool = (await SchoolIdsAsync(app, Spb))[0];
        (await AnswerAsync(app, await TokenAsync(city, round, jlpSchool), Sheet(4, 30))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await AnswerAsync(app, await TokenAsync(city, round, spbSchool), Sheet(4, 30))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The city sees each county as a child; the county reads the city's round for its own schools only.
        var whole = await ResultsAsync(city, round);
        whole.GetProperty("level").GetString().ShouldBe("province");
        whole.GetProperty("children").EnumerateArray().Where(c => c.GetProperty("regionCode").GetString() is Jlp or Spb)
            .Select(c => c.GetProperty("figures").GetProperty("responses").GetInt32()).ShouldBe([1, 1]);
        var mine = await ResultsAsync(jlp, round);
        mine.GetProperty("regionCode").GetString().ShouldBe(Jlp);
        mine.GetProperty("figures").GetProperty("responses").GetInt32().ShouldBe(1);
        mine.GetProperty("children").EnumerateArray().ShouldNotContain(c => c.GetProperty("schoolId").GetString() == spbSchool);
        (await jlp.GetAsync($"/api/surveys/rounds/{round}/results?regionCode={Spb}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetAsync($"/api/surveys/rounds/{round}/results?schoolId={spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetAsync($"/api/surveys/rounds/{round}/links?schoolId={spbSchool}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.PostAsync($"/api/surveys/rounds/{round}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var links = await jlp.GetFromJsonAsync<JsonElement>($"/api/surveys/rounds/{round}/links");
        links.EnumerateArray().ShouldNotContain(l => l.GetProperty("schoolId").GetString() == spbSchool);

        // A county's own round is not another county's to read.
        var own = await RoundAsync(jlp, Jlp);
        (await spb.GetAsync($"/api/surveys/rounds/{own}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/surveys/rounds/{own}/links")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/surveys/rounds/{own}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.PostAsJsonAsync("/api/surveys/rounds", new { regionCode = Spb, questionnaire = "shuangjian-monitoring", from = "2026-11-23", to = "2026-12-01", audiences = new[] { "parent" } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
