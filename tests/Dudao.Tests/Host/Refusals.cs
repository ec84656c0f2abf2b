using System.Net;
using System.Text.Json;

namespace Dudao.Tests.Host;

/// <summary>Reading a refusal: its status, and the Chinese messages of one field of its problem details.</summary>
internal static class Refusals
{
    public static async Task<string[]> FieldAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"errors should name “{field}”: {body}");
        var texts = messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
        texts.ShouldAllBe(t => t.Any(c => c >= '\u4e00' && c <= '\u9fff'), body);
        return texts;
    }

    public static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        detail.Any(c => c >= '\u4e00' && c <= '\u9fff').ShouldBeTrue(body);
        return detail;
    }
}
