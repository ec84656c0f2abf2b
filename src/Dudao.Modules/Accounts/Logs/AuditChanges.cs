using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dudao.Modules.Ui.Forms;

namespace Dudao.Modules.Accounts.Logs;

/// <summary>One changed field as the audit page reads it: 名称：旧值 → 新值 (no old value for a create or delete).</summary>
internal sealed record AuditChange(string Field, string? Old, string New);

/// <summary>
/// Turns an entry's stored JSON into readable lines: Chinese field names, instants in Asia/Shanghai,
/// yes/no for flags, and record ids replaced by the record's name where the caller may read it.
/// </summary>
internal static partial class AuditChanges
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    // Instants are stored in UTC; a bare date stays a date.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex InstantPattern();

    public static IReadOnlyList<AuditChange> Read(string? changes, IReadOnlyDictionary<string, string> names)
    {
        if (string.IsNullOrWhiteSpace(changes)) return [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(changes);
        }
        catch (JsonException)
        {
            return [new AuditChange("变更内容", null, changes)];
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [new AuditChange("变更内容", null, Value(document.RootElement, names))];
            return document.RootElement.EnumerateObject().Select(p => IsUpdate(p.Value, out var old, out var @new)
                    ? new AuditChange(AuditText.Field(p.Name), Value(old, names), Value(@new, names))
                    : new AuditChange(AuditText.Field(p.Name), null, Value(p.Value, names)))
                .ToList();
        }
    }

    /// <summary>Every record id an entry's changes mention, to be named in one look-up per page.</summary>
    public static IEnumerable<string> Ids(string? changes)
    {
        if (string.IsNullOrWhiteSpace(changes)) return [];
        try
        {
            using var document = JsonDocument.Parse(changes);
            return Strings(document.RootElement).Where(s => IdPattern().IsMatch(s)).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    // The interceptor writes an update's field as { "old": …, "new": … }; older entries hold only the new value.
    private static bool IsUpdate(JsonElement value, out JsonElement old, out JsonElement @new)
    {
        old = @new = default;
        return value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Count() == 2
            && value.TryGetProperty("old", out old) && value.TryGetProperty("new", out @new);
    }

    private static string Value(JsonElement e, IReadOnlyDictionary<string, string> names) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "（空）",
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.String => Text(e.GetString()!, names),
        JsonValueKind.Array => e.GetArrayLength() == 0 ? "（无）" : string.Join("、", e.EnumerateArray().Select(i => Value(i, names))),
        _ => e.GetRawText(),
    };

    private static string Text(string s, IReadOnlyDictionary<string, string> names)
    {
        if (s.Length == 0) return "（空）";
        if (names.TryGetValue(s, out var name)) return name;
        if (InstantPattern().IsMatch(s) && DateTime.TryParse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
        {
            return TimeText.Of(utc);
        }
        return s;
    }
}
