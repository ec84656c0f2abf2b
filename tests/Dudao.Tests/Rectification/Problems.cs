using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Rectification;

/// <summary>Problems made through the API for the demo school <c>jlp-school</c> (whose inspector is <c>jlp-duxue</c>), each with a unique description.</summary>
internal static class Problems
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static Task<string> UnitIdAsync(TestApp app, string userName) =>
        app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == userName).Select(u => u.OrgRefId!).SingleAsync());

    public static string Unique(string text) => $"{text} {Guid.NewGuid():N}";

    public static async Task<JsonElement> CreateAsync(HttpClient office, string schoolId, string description, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["targetKind"] = "school", ["targetId"] = schoolId, ["source"] = "manual", ["category"] = "作业管理",
            ["severity"] = "medium", ["description"] = description,
        };
        foreach (var p in extra?.GetType().GetProperties() ?? []) body[p.Name] = p.GetValue(extra);
        var response = await office.PostAsJsonAsync("/api/problems", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/problems/{id}");

    public static Task<HttpResponseMessage> EvidenceAsync(HttpClient client, string id, string note, byte[]? file = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(note), "note" } };
        if (file is not null) form.Add(new ByteArrayContent(file), "files", "整改后照片.png");
        return client.PostAsync($"/api/problems/{id}/evidence", form);
    }

    public static string Status(this JsonElement problem) => problem.GetProperty("status").GetString()!;

    public static string Id(this JsonElement problem) => problem.GetProperty("id").GetString()!;

    public static async Task<string> DetailOf(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";
}
