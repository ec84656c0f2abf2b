using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Returns;

internal static class ReturnApi
{
    /// <summary>A monthly form of 九龙坡区 filled by its schools: meetings (integer 0–50, required), level (choice), note (text).</summary>
    public static async Task<string> DefineAsync(HttpClient office, string name, int dueDay = 25, string fillers = "school")
    {
        var created = await office.PostAsJsonAsync("/api/returns/forms", new
        {
            name, periodKind = "month", dueDay, dueMonthOffset = 0, fillers = new[] { fillers },
            fields = new object[]
            {
                new { key = "meetings", label = "召开会议次数", type = "integer", required = true, min = 0, max = 50 },
                new { key = "level", label = "落实程度", type = "choice", required = false, choices = new[] { "好", "较好", "一般" } },
                new { key = "note", label = "说明", type = "text", required = false },
            },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The caller's return of the form for the period (opened by listing).</summary>
    public static async Task<JsonElement> MineAsync(HttpClient unit, string formId, string period = "2026-11")
    {
        var list = await unit.GetFromJsonAsync<JsonElement>($"/api/returns?formId={formId}&period={period}");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(1);
        return await unit.GetFromJsonAsync<JsonElement>($"/api/returns/{items[0].GetProperty("id").GetString()}");
    }

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> RefusedAsync(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string[] Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
