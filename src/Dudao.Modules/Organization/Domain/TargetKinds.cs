namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// What supervision can be aimed at (seeds: 督政 of 乡镇/街道 and county governments and their
/// departments, 督学 of schools, institutions, and named persons — teachers, principals).
/// <see cref="Other"/> is a unit outside the registries, kept for records made before the other kinds existed.
/// </summary>
public static class TargetKinds
{
    public const string School = Assignment.SchoolTarget;
    public const string Institution = Assignment.InstitutionTarget;

    /// <summary>A region's government: a township (乡镇/街道) or a county, city or province; its id is the region code.</summary>
    public const string Region = "region";
    public const string Department = "department";

    /// <summary>A named person (a teacher, a principal): a name plus the unit they work in; no id.</summary>
    public const string Person = "person";
    public const string Other = "other";

    public static readonly string[] All = [School, Institution, Region, Department, Person, Other];

    public static string Label(string kind) => kind switch
    {
        School => "学校",
        Institution => "校外培训机构",
        Region => "乡镇（街道）或区县政府",
        Department => "科室（部门）",
        Person => "个人",
        Other => "其他单位",
        _ => kind,
    };

    /// <summary>Kinds whose units may have accounts of their own (and then answer for themselves).</summary>
    public static bool MayHaveAccounts(string kind) => kind is School or Institution or Department;

    /// <summary>Kinds identified by a name rather than an id.</summary>
    public static bool IsNamed(string kind) => kind is Person or Other;

    /// <summary>How a target reads in lists and documents: a person with their unit, "王某（某小学 教师）".</summary>
    public static string Display(string name, string? unit) => string.IsNullOrEmpty(unit) ? name : $"{name}（{unit}）";

    /// <summary>A region's government as an office writes it: 街道 → 办事处, otherwise 人民政府.</summary>
    public static string GovernmentOf(string regionName) =>
        regionName.EndsWith("街道", StringComparison.Ordinal) ? regionName + "办事处" : regionName + "人民政府";
}
