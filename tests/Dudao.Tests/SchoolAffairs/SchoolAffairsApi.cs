using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Tests.Accounts;
using Dudao.Tests.Inspections;

namespace Dudao.Tests.SchoolAffairs;

/// <summary>Schools of one's own in 九龙坡区 with an account each, and the shapes the school-affairs tests post.</summary>
internal static class SchoolAffairsApi
{
    public const string Jiulongpo = "500107";

    /// <summary>A new 九龙坡区 school of <paramref name="type"/> and a signed-in account of it.</summary>
    public static async Task<(string Id, string Code, HttpClient Account)> NewSchoolAsync(TestApp app, string type = "小学", int pupils = 400, int teachers = 30)
    {
        var office = await app.ApiAsync("jlp-admin");
        var code = "2150" + Random.Shared.Next(100000, 999999).ToString("000000", CultureInfo.InvariantCulture);
        var response = await office.PostAsJsonAsync("/api/schools", new
        {
            code, name = "校务测试学校" + Guid.NewGuid().ToString("N")[..6], type, ownership = "公办", regionCode = Jiulongpo, pupils, teachers,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var userName = await SpecialApi.AccountAsync(office, "school", id, "school");
        return (id, code, await app.ApiAsync(userName, UserAdminTests.GoodPassword));
    }

    public static object Line(string subject, int minutes, int? day = null) => new { subject, content = $"{subject}练习", minutes, day };

    public static object Homework(string week, int grade, params object[] lines) => new { week, grade, lines };

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<string> Rules(JsonElement dto) => dto.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()!).ToList();

    /// <summary>A 400 whose <c>errors</c> has <paramref name="field"/> with a message containing <paramref name="text"/>.</summary>
    public static async Task ShouldRefuseAsync(HttpResponseMessage response, string field, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString())
            .ShouldContain(m => m!.Contains(text), body);
    }
}
