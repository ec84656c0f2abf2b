namespace Dudao.Tests.Inspections;

/// <summary>Whom the district checklist's items apply to, written out by hand from seed 003 (see ADR-050).</summary>
internal static class ChecklistTargets
{
    /// <summary>The items a school is scored on, in order: C1–C23, C43–C49, C51, C53–C59.</summary>
    public static readonly IReadOnlyList<string> SchoolItems = [.. Range(1, 23), .. Range(43, 49), "C51", .. Range(53, 59)];

    /// <summary>Items only about the government and its departments (督政), never on a school's or institution's form.</summary>
    public static readonly IReadOnlyList<string> GovernmentOnly = ["C24", "C25", "C26", .. Range(33, 39), "C42", "C50", "C52", "C60"];

    /// <summary>The district checklist's items an institution is checked on.</summary>
    public static readonly IReadOnlyList<string> InstitutionItems = [.. Range(27, 32), "C40", "C41"];

    private static IEnumerable<string> Range(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => $"C{i}");
}
