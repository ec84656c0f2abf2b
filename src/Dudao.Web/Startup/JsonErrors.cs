using System.Text.Json;

namespace Dudao.Web.Startup;

/// <summary>A JSON body that could not be read, as field → Chinese message (the field is the JSON path without <c>$.</c>).</summary>
internal static class JsonErrors
{
    private const int LongestField = 100;

    public static IDictionary<string, string[]> For(JsonException e)
    {
        var at = FieldOf(e.Path);
        var (field, message) = e switch
        {
            JsonInputException input => (at == Body ? input.Member : $"{at}.{input.Member}", input.Message),
            _ when at == Body || IsSyntaxError(e) => (Body, $"请求体不是有效的 JSON，或结构与接口不符（第 {(e.LineNumber ?? 0) + 1} 行附近）"),
            _ => (at, "值的类型或格式有误（如应为文本、数字、true/false、数组或 yyyy-MM-dd 日期）"),
        };
        return new Dictionary<string, string[]> { [field] = [message] };
    }

    private const string Body = "body";

    // The reader's own exception type is internal; the serializer keeps it as the inner exception of a syntax error.
    private static bool IsSyntaxError(JsonException e) => e.InnerException?.GetType().Name == "JsonReaderException";

    /// <summary>"$.findings[0].severity" → "findings[0].severity"; the root, or a path too deep to be a field, → "body".</summary>
    private static string FieldOf(string? path) => path switch
    {
        null or "$" => Body,
        { Length: > LongestField } => Body,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => Body + path[1..],
        _ => path,
    };
}
