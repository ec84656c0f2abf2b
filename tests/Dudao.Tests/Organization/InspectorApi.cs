using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

/// <summary>Small helpers over the inspector API shared by the inspector tests.</summary>
internal static class InspectorApi
{
    public static string NewName() => "测试督学" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);

    public static async Task<string> CreateAsync(HttpClient client, string regionCode, string? name = null)
    {
        var response = await client.PostAsJsonAsync("/api/inspectors", new { name = name ?? NewName(), kind = "兼职", regionCode, phone = "13800138000" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Ids of the first schools of a county, read as the system (the institution API is not this feature's).</summary>
    public static Task<List<string>> SchoolIdsAsync(TestApp app, string regionCode, int count) =>
        app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == regionCode).OrderBy(s => s.Code).Select(s => s.Id).Take(count).ToListAsync());

    public static Task<List<string>> InstitutionIdsAsync(TestApp app, string regionCode, int count) =>
        app.WithDbAsync(db => db.Set<Institution>().Where(i => i.RegionCode == regionCode).OrderBy(i => i.Uscc).Select(i => i.Id).Take(count).ToListAsync());

    public static List<string> Ids(JsonElement targets) => targets.EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
}
