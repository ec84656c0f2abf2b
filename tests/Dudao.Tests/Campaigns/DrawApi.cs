using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Campaigns;

internal static class DrawApi
{
    public static async Task<JsonElement> AnnounceAsync(HttpClient office, object body)
    {
        var response = await office.PostAsJsonAsync("/api/draws", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A draw of <paramref name="targetCount"/> 九龙坡区 institutions, two inspectors each, run at once with <paramref name="seed"/>.</summary>
    public static object RunNow(string seed, int targetCount = 3, object? filter = null, object[]? recusals = null, string title = "校外培训机构双随机抽查") => new
    {
        regionCode = "500107", targetKind = "institution", targetFilter = filter, targetCount, inspectorCount = 2, seed, title, recusals,
    };

    public static async Task ShouldRefuseAsync(HttpResponseMessage response, string field, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString())
            .ShouldContain(m => m!.Contains(text), body);
    }
}
