using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Complaints;

/// <summary>Submitting and reading complaints in tests; every test names its own target so tests never see each other's records.</summary>
internal static class ComplaintApi
{
    public static string UniqueTarget(string prefix = "测试培训班") => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    public static object Report(string targetName, string regionCode = "500107", string category = "违规学科类培训",
        string content = "周末在小区会所开设初中数学学科类培训班，每次三小时，收费每节课二百元。", object? reporter = null, string targetKind = "other") =>
        new { targetKind, targetName, regionCode, category, content, anonymous = reporter is null, reporter };

    /// <summary>An anonymous report as the public form posts it, with evidence files.</summary>
    public static MultipartFormDataContent Multipart(string targetName, string content, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("other"), "targetKind" }, { new StringContent(targetName), "targetName" }, { new StringContent("500107"), "regionCode" },
            { new StringContent("违规学科类培训"), "category" }, { new StringContent(content), "content" }, { new StringContent("true"), "anonymous" },
        };
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "evidence", name);
        return form;
    }

    public static async Task<string> SubmitAsync(HttpClient client, object report)
    {
        var response = await client.PostAsJsonAsync("/api/public/complaints", report);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;
    }

    /// <summary>The staff id of the complaint about <paramref name="targetName"/>, as a county office sees it.</summary>
    public static async Task<string> IdOfAsync(HttpClient staff, string targetName)
    {
        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(targetName)}&pageSize=200");
        return list.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> GetAsync(HttpClient staff, string id) =>
        await staff.GetFromJsonAsync<JsonElement>($"/api/complaints/{id}");

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement;
    }
}
