namespace Dudao.Modules.Indicators.Domain;

/// <summary>
/// Whom a checked item (C) applies to. The district checklist mixes items a school is scored on with
/// items about the training institutions and about the government and its departments (督政), so
/// each item names its targets and a visit or self-assessment shows only the target's own items.
/// </summary>
public static class IndicatorTargets
{
    public const string School = "school";
    public const string Institution = "institution";
    public const string Government = "government";
    public static readonly string[] All = [School, Institution, Government];

    public static string Label(string target) => target switch
    {
        School => "学校",
        Institution => "培训机构",
        Government => "政府及部门",
        _ => target,
    };

    /// <summary>"school,government" → ["school", "government"].</summary>
    public static IReadOnlyList<string> Split(string? appliesTo) =>
        (appliesTo ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"学校、政府及部门" → "学校、政府及部门" for display.</summary>
    public static string Describe(string? appliesTo) => string.Join("、", Split(appliesTo).Select(Label));

    /// <summary>
    /// Reads a spreadsheet cell ("学校、政府及部门", "培训机构", "school,government") into the stored
    /// form ("school,government", in the order of <see cref="All"/>); null when a part is not understood.
    /// </summary>
    public static string? Parse(string text)
    {
        var found = new HashSet<string>();
        foreach (var part in text.Split([',', '，', '、', ';', '；', '/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var target = part.ToLowerInvariant() switch
            {
                School or "学校" => School,
                Institution or "培训机构" or "机构" or "校外培训机构" => Institution,
                Government or "政府及部门" or "政府" or "部门" or "政府部门" => Government,
                _ => null,
            };
            if (target is null) return null;
            found.Add(target);
        }
        return found.Count == 0 ? null : string.Join(",", All.Where(found.Contains));
    }
}
