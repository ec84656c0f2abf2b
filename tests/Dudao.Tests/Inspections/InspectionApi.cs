using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

/// <summary>Shared steps: the demo inspector's assigned schools, a county's schools, a visit body.</summary>
internal static class InspectionApi
{
    public static async Task<List<string>> AssignedSchoolsAsync(HttpClient inspector) =>
        (await inspector.GetFromJsonAsync<JsonElement>("/api/me/assignments")).GetProperty("schools").EnumerateArray()
        .Select(s => s.GetProperty("id").GetString()!).ToList();

    public static async Task<List<(string Id, string Name)>> SchoolsAsync(HttpClient office, string regionCode) =>
        (await office.GetFromJsonAsync<JsonElement>($"/api/schools?regionCode={regionCode}&pageSize=200")).GetProperty("items").EnumerateArray()
        .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("name").GetString()!)).ToList();

    public static object Visit(string schoolId, string date, string kind = "routine", object[]? findings = null, object[]? results = null) => new
    {
        targetKind = "school", targetId = schoolId, date, kind, methods = new[] { "campus-patrol", "document-review" },
        results = results ?? [new { code = "C8", value = "yes", note = "作业公示栏完整" }, new { code = "C10", value = "0/55/80", note = (string?)null }],
        findings = findings ?? [],
        summary = "到校查看作业公示和课后服务安排。", feedback = "当场反馈：作业公示需每日更新。",
    };
}
