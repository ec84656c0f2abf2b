using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dudao.Web.Startup;

/// <summary>
/// A route, query or header value the framework could not bind, as field → Chinese message. The
/// framework says which parameter only in its English message, so it is read from there; when the
/// message has another shape the caller falls back to a general "请求格式有误".
/// </summary>
internal static partial class BindingErrors
{
    public static IDictionary<string, string[]>? For(BadHttpRequestException e)
    {
        if (FailedToBind().Match(e.Message) is { Success: true } failed)
            return One(Field(failed.Groups["name"].Value), $"{Shown(failed.Groups["value"].Value)}格式有误，请检查（如数字、yyyy-MM-dd 日期、true/false）");
        if (NotProvided().Match(e.Message) is { Success: true } missing)
            return One(Field(missing.Groups["name"].Value), "必须提供该参数");
        if (NoBody().IsMatch(e.Message))
            return One("body", "请求体不能为空，请以 JSON 提交");
        return null;
    }

    // A filter bound with [AsParameters] is named by its property (RegionCode); the caller wrote the query key (regionCode).
    private static string Field(string parameter) => JsonNamingPolicy.CamelCase.ConvertName(parameter);

    private static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    // Echo the value only when it is short and printable: the message may land in a page or a log.
    private static string Shown(string value) => value.Length is > 0 and <= 20 && !value.Any(char.IsControl) ? $"“{value}”" : "值";

    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "[^"]* (?<name>[^" ]+)" was not provided""")]
    private static partial Regex NotProvided();

    [GeneratedRegex("""^Implicit body inferred for parameter""")]
    private static partial Regex NoBody();
}
