using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Surveys.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.Surveys.SurveyApi;

namespace Dudao.Tests.Surveys;

public sealed class SurveyAnsweringTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_browser_answers_once_per_round_and_nothing_identifying_is_stored(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = (await SchoolIdsAsync(app, Jlp))[0];
        var round = await RoundAsync(office, Jlp);
        var token = await TokenAsync(office, round, school);

        // A browser that keeps its cookie: the same random value on every request.
        const string cookie = "Xq3vT9bLm2Rk7wYpZc4nHa";
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", $"dudao-survey={cookie}");
        (await AnswerAsync(app, token, Sheet(5, 45), browser)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldConflictAsync(await AnswerAsync(app, token, Sheet(5, 50), browser), "每个浏览器只能提交一次");
        // The form tells the same browser it has answered; another browser still may.
        (await browser.GetFromJsonAsync<JsonElement>($"/api/public/surveys/{token}")).GetProperty("answered").GetBoolean().ShouldBeTrue();
        (await AnswerAsync(app, token, Sheet(6, 30))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A sheet is its school, audience, day and answers: nothing about who or where from.
        var columns = await app.WithDbAsync(db => Task.FromResult(new[] { typeof(SurveyResponse), typeof(SurveyAnswer) }
            .SelectMany(t => db.Model.FindEntityType(t)!.GetProperties().Select(p => p.GetColumnName())).ToList()));
        columns.ShouldNotContain(c => c.Contains("ip") || c.Contains("agent") || c.Contains("user") || c.Contains("phone") || c.Contains("name") || c.Contains("_at"));
        var stored = await app.WithDbAsync(db => db.Set<SurveyResponse>().IgnoreQueryFilters().Where(r => r.RoundId == round).ToListAsync());
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(r => r.BrowserKey.Length == 64 && r.SubmittedOn == new DateOnly(2026, 11, 23) && r.Audience == "parent");
        stored.ShouldNotContain(r => r.BrowserKey.Contains(cookie));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_closed_round_a_round_not_yet_open_and_a_link_of_another_round_are_refused_in_words(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = (await SchoolIdsAsync(app, Jlp))[1];
        var old = await RoundAsync(office, Jlp);
        var oldToken = await TokenAsync(office, old, school);
        (await office.PostAsync($"/api/surveys/rounds/{old}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldConflictAsync(await AnswerAsync(app, oldToken, Sheet(3, 40)), "已结束，不再收集答卷");
        (await app.CreateClient().GetStringAsync($"/s/{oldToken}")).ShouldContain("已结束，不再收集答卷");

        var current = await RoundAsync(office, Jlp);
        var token = await TokenAsync(office, current, school);
        await ShouldConflictAsync(await AnswerAsync(app, token, Sheet(3, 40, roundId: old)), "请重新扫描学校发放的最新二维码");
        (await AnswerAsync(app, token, Sheet(3, 40, roundId: current))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var later = await RoundAsync(office, Jlp, from: "2026-12-01", to: "2026-12-31");
        await ShouldConflictAsync(await AnswerAsync(app, await TokenAsync(office, later, school), Sheet(3, 40)), "将于 2026-12-01 开始填写");
        (await app.CreateClient().PostAsJsonAsync("/api/public/surveys/AAAAAAAAAAAAAAAAAAAAAA", Sheet(3, 40))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Answers_are_checked_against_the_questions_and_each_message_names_the_question(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var round = await RoundAsync(office, Jlp);
        var token = await TokenAsync(office, round, (await SchoolIdsAsync(app, Jlp))[2]);
        var response = await AnswerAsync(app, token, new { answers = new object[] { new { code = "Q01", value = "13" }, new { code = "Q02", number = 601 } } });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.GetProperty("answers.Q01")[0].GetString()!.ShouldStartWith("第1题");
        errors.GetProperty("answers.Q02")[0].GetString()!.ShouldContain("0–600之间");
        errors.GetProperty("answers.Q03")[0].GetString().ShouldBe("请回答第3题");
        // Nothing was stored, and the browser may still answer properly.
        (await app.WithDbAsync(db => db.Set<SurveyResponse>().IgnoreQueryFilters().CountAsync(r => r.RoundId == round))).ShouldBe(0);
    }
}
