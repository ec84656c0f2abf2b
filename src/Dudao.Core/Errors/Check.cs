using Dudao.Core.Scope;

namespace Dudao.Core.Errors;

/// <summary>
/// The wording of the checks every form shares — length, choice, scope — so one rule reads the same
/// on every page and in every API error. Each returns null when the value passes, otherwise the
/// Chinese message for the caller to add to its <see cref="ValidationErrors"/> (or to throw).
/// A convention test keeps these phrases out of the rest of src/.
/// </summary>
public static class Check
{
    /// <summary>Null when the trimmed text is at most <paramref name="max"/> characters (or there is none).</summary>
    /// <param name="unit">How the limit is counted in the message: "字", "个字" or "个字符".</param>
    public static string? Length(string? value, int max, string label, string unit = "字") =>
        value is not null && value.Trim().Length > max ? TooLong(label, max, unit) : null;

    /// <summary>"{label}不能超过{max}{unit}", for callers that measure the text themselves.</summary>
    public static string TooLong(string label, int max, string unit = "字") => $"{label}不能超过{max}{unit}";

    /// <summary>A choice among Chinese words a person picks: "{label}应为：甲、乙".</summary>
    public static string? OneOf(string? value, IEnumerable<string> allowed, string label) =>
        value is not null && allowed.Contains(value) ? null : NotOneOf(label, allowed);

    /// <summary>"{label}应为：甲、乙", for callers that test the choice themselves.</summary>
    public static string NotOneOf(string label, IEnumerable<string> allowed) => $"{label}应为：{string.Join("、", allowed)}";

    /// <summary>A choice among the codes a client sends: "{label}应为 a、b 之一".</summary>
    public static string? OneOfCodes(string? value, IEnumerable<string> allowed, string label) =>
        value is not null && allowed.Contains(value) ? null : NotOneOfCodes(label, allowed);

    /// <summary>"{label}应为 a、b 之一", for callers that test the choice themselves.</summary>
    public static string NotOneOfCodes(string label, IEnumerable<string> allowed) => $"{label}应为 {string.Join("、", allowed)} 之一";

    /// <summary>Null when the region lies in <paramref name="scope"/>, otherwise "行政区划“…”不在您的管理范围内".</summary>
    public static string? InScope(DataScope scope, string regionCode) => scope.Covers(regionCode) ? null : RegionOutOfScope(regionCode);

    public static string RegionOutOfScope(string? regionCode) => $"行政区划“{regionCode}”{OutOfScope}";

    /// <summary>"{subject}不存在或不在您的管理范围内": a record the caller cannot pick, whether missing or someone else's.</summary>
    public static string MissingOrOutOfScope(string subject) => $"{subject}不存在或{OutOfScope}";

    /// <summary>A file over the size limit: "{field}：单个文件不能超过 N MB".</summary>
    public static string FileTooLarge(string field, long maxBytes) => $"{field}：单个文件不能超过 {maxBytes / 1024 / 1024} MB";

    private const string OutOfScope = "不在您的管理范围内";
}
