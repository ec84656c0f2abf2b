using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Accounts;
using Dudao.Tests.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Training;

/// <summary>The demo's 九龙坡区 institutions by their fixed codes, and accounts of their own.</summary>
internal static class TrainingApi
{
    /// <summary>启航艺术培训中心 (非学科类; the jlp-jg account's), 博雅体育培训中心, 智慧树科技培训学校, 星辰文化培训学校 (学科类).</summary>
    public static readonly string[] JlpUscc = ["52500107MJ100001X5", "52500107MJ10000285", "52500107MJ10000360", "52500107MJ1000044T"];

    public static Task<string> InstitutionIdAsync(TestApp app, string uscc) =>
        app.WithDbAsync(db => db.Set<Institution>().IgnoreQueryFilters().Where(i => i.Uscc == uscc).Select(i => i.Id).SingleAsync());

    /// <summary>A new account of the institution, made by its county office, signed in.</summary>
    public static async Task<HttpClient> InstitutionAccountAsync(TestApp app, string institutionId)
    {
        var userName = await SpecialApi.AccountAsync(await app.ApiAsync("jlp-admin"), "institution", institutionId, "institution");
        return await app.ApiAsync(userName, UserAdminTests.GoodPassword);
    }

    public static object FeeFiling(string course, decimal price, int lessons) => new
    {
        kind = "fee", title = course, fees = new[] { new { item = "学费", price, lessons }, new { item = "教材费", price = 30m, lessons = 1 } },
    };

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A 400 whose <c>errors</c> has <paramref name="field"/> with a message containing <paramref name="text"/>.</summary>
    public static async Task ShouldRefuseAsync(HttpResponseMessage response, string field, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var messages = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
        messages.ShouldContain(m => m!.Contains(text), body);
    }
}
