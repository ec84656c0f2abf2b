using Dudao.Core.Entities;
using Dudao.Data.Audit;

namespace Dudao.Modules.Indicators.Domain;

/// <summary>
/// A checklist (督导指标体系): a tree A (一级) → B (二级) → C (三级, the checked item), versioned by
/// year. Built-in templates are national (no owner region); a region copies one and edits its copy,
/// which then applies to its whole subtree.
/// </summary>
public sealed class IndicatorTemplate : IVersioned, IAudited
{
    public const string SchoolKey = "shuangjian-school";
    public const string InstitutionKey = "shuangjian-institution";

    public string Id { get; init; } = Core.Ids.New();
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int Year { get; set; }

    /// <summary>school | institution</summary>
    public string TargetKind { get; set; } = "";

    /// <summary>The region whose subtree uses this copy; "" for the built-in national templates.</summary>
    public string OwnerRegion { get; set; } = "";
    public bool BuiltIn { get; init; }
    public string? BasedOnId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }

    public static string DefaultKey(string targetKind) => targetKind == "institution" ? InstitutionKey : SchoolKey;

    /// <summary>The key as an office reads it; a key of a template family without a name here shows as it is.</summary>
    public static string KeyLabel(string key) => key switch
    {
        SchoolKey => "“双减”学校督导",
        InstitutionKey => "“双减”校外培训机构督导",
        _ => key,
    };
}

/// <summary>One node of a template's tree; the level follows from the code's letter (A, B, C).</summary>
public sealed class IndicatorNode
{
    public string TemplateId { get; init; } = "";
    public string Code { get; init; } = "";
    public string? ParentCode { get; init; }
    public int Position { get; init; }
    public string Title { get; init; } = "";
    public string? Guidance { get; init; }

    /// <summary>yesno | points | number for C items; null for A and B.</summary>
    public string? ScoringKind { get; init; }
    public double? Max { get; init; }
    public double? Limit { get; init; }
    public string? Unit { get; init; }

    /// <summary>Comma-separated <see cref="IndicatorTargets"/> a C item is checked on; null for A and B.</summary>
    public string? AppliesTo { get; init; }

    public bool IsItem => Code.StartsWith('C');

    public bool AppliesToKind(string target) => AppliesTo is null || IndicatorTargets.Split(AppliesTo).Contains(target);
}

/// <summary>
/// A limit that depends on the pupils' grades (homework minutes: none for grades 1–2, 60 for 3–6,
/// 90 for 7–9): a number item with bands is checked band by band.
/// </summary>
public sealed class IndicatorBand
{
    public string TemplateId { get; init; } = "";
    public string NodeCode { get; init; } = "";
    public int Position { get; init; }
    public int GradeFrom { get; init; }
    public int GradeTo { get; init; }
    public double Limit { get; init; }
}

public static class ScoringKinds
{
    public const string YesNo = "yesno";
    public const string Points = "points";
    public const string Number = "number";
    public static readonly string[] All = [YesNo, Points, Number];

    public static string Label(string? kind) => kind switch { YesNo => "是否", Points => "计分", Number => "数值限值", _ => "" };
}
