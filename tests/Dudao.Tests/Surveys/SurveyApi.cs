using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Surveys;

/// <summary>Rounds, links and anonymous answers through the API, each "browser" a client with its own cookies.</summary>
internal static class SurveyApi
{
    public const string Jlp = "500107";
    public const string Spb = "500106";

    /// <summary>The demo schools of a county, by name.</summary>
    public static Task<List<string>> SchoolIdsAsync(TestApp app, string county) =>
        app.WithDbAsync(db => db.Set<School>().IgnoreQueryFilters().Where(s => s.RegionCode == county).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync());

    public static async Task<string> RoundAsync(HttpClient office, string region, string from = "2026-11-20", string to = "2026-12-20", string[]? audiences = null)
    {
        var response = await office.PostAsJsonAsync("/api/surveys/rounds", new
        {
            regionCode = region, questionnaire = "shuangjian-monitoring", from, to, audiences = audiences ?? ["pupil", "parent", "teacher"],
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> TokenAsync(HttpClient staff, string roundId, string schoolId, string audience = "parent")
    {
        var links = await staff.GetFromJsonAsync<JsonElement>($"/api/surveys/rounds/{roundId}/links?schoolId={schoolId}");
        var url = links.EnumerateArray().Single(l => l.GetProperty("audience").GetString() == audience).GetProperty("url").GetString()!;
        return url[(url.LastIndexOf('/') + 1)..];
    }

    /// <summary>A parent's or pupil's sheet: the measured questions of the built-in questionnaire.</summary>
    public static object Sheet(int grade, double minutes, double sleep = 9, bool afterSchool = true, bool paid = false, int satisfaction = 4,
        string? roundId = null) => new
    {
        roundId,
        answers = new object[]
        {
            new { code = "Q01", value = grade.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new { code = "Q02", number = minutes },
            new { code = "Q03", number = sleep },
            new { code = "Q04", value = afterSchool ? "yes" : "no" },
            new { code = "Q05", value = paid ? "yes" : "no" },
            new { code = "Q06", number = satisfaction },
            new { code = "Q07", number = satisfaction },
            new { code = "Q11", number = satisfaction },
        },
    };

    /// <summary>Posts a sheet from a new browser (a client with a cookie jar of its own).</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(TestApp app, string token, object sheet, HttpClient? browser = null) =>
        await (browser ?? app.CreateClient()).PostAsJsonAsync($"/api/public/surveys/{token}", sheet);

    public static async Task<JsonElement> ResultsAsync(HttpClient staff, string roundId, string query = "")
    {
        var response = await staff.GetAsync($"/api/surveys/rounds/{roundId}/results{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task ShouldConflictAsync(HttpResponseMessage response, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        body.ShouldContain(text);
    }
}
