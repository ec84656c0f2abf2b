using System.Globalization;
using System.Text.Json;
using Dudao.Core.Errors;

namespace Dudao.Modules.Returns.Domain;

/// <summary>The kinds of value a form's field takes.</summary>
public static class FieldTypes
{
    public const string WholeNumber = "integer";
    public const string DecimalNumber = "decimal";
    public const string Text = "text";
    public const string Choice = "choice";
    public const string Date = "date";

    public static readonly string[] All = [WholeNumber, DecimalNumber, Text, Choice, Date];

    public static string Label(string type) => type switch
    {
        WholeNumber => "整数",
        DecimalNumber => "小数",
        Text => "文字",
        Choice => "选项",
        Date => "日期",
        _ => type,
    };
}

/// <summary>
/// One field of a form: a key clients send, the label people read, its type, and its limits
/// (<see cref="Min"/>/<see cref="Max"/> for numbers, <see cref="Choices"/> for a choice).
/// </summary>
public sealed record ReturnField(string Key, string Label, string Type, bool Required, decimal? Min = null, decimal? Max = null,
    IReadOnlyList<string>? Choices = null)
{
    public const int TextMax = 4000;

    /// <summary>Checks a value as typed; null when it passes. A blank value passes here (required is checked on submission).</summary>
    /// <param name="normalized">The value as stored: trimmed, numbers in invariant form, dates as yyyy-MM-dd; null when blank.</param>
    public string? Validate(string? value, out string? normalized)
    {
        normalized = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (normalized is null) return null;
        switch (Type)
        {
            case FieldTypes.WholeNumber:
                if (!long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return $"{Label}应为整数";
                normalized = whole.ToString(CultureInfo.InvariantCulture);
                return Range(whole);
            case FieldTypes.DecimalNumber:
                if (!decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return $"{Label}应为数字";
                normalized = number.ToString(CultureInfo.InvariantCulture);
                return Range(number);
            case FieldTypes.Choice:
                return Check.OneOf(normalized, Choices ?? [], Label);
            case FieldTypes.Date:
                if (!DateOnly.TryParseExact(normalized, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return $"{Label}应为日期，如 2026-10-20";
                normalized = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return null;
            default:
                return Check.Length(normalized, TextMax, Label);
        }
    }

    private string? Range(decimal value) =>
        Min is { } min && value < min ? $"{Label}不能小于{min.ToString(CultureInfo.InvariantCulture)}"
        : Max is { } max && value > max ? $"{Label}不能大于{max.ToString(CultureInfo.InvariantCulture)}"
        : null;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ReturnField> ParseAll(string json) => JsonSerializer.Deserialize<List<ReturnField>>(json, Json) ?? [];

    public static string Write(IEnumerable<ReturnField> fields) => JsonSerializer.Serialize(fields, Json);
}
