using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>A department (科室) of a region's education bureau, or the supervision office itself.</summary>
public sealed class Department : IRegionUnit, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>
    /// The target kinds it inspects (comma-separated <see cref="Assignment.SchoolTarget"/> /
    /// <see cref="Assignment.InstitutionTarget"/>), as its region configured it; null until then,
    /// when the standard remit of its name applies (<see cref="StandardRemit"/>).
    /// </summary>
    public string? Remit { get; set; }

    /// <summary>Departments every bureau has; an office adds its own.</summary>
    public static readonly string[] Standard =
        ["督导室", "基教科", "校外培训监管科", "职教科", "政工科", "计财科", "人事科", "党建科", "安稳办", "教科研中心"];

    /// <summary>基教科 inspects schools, 校外培训监管科 institutions (seed 003); other departments inspect nothing until configured.</summary>
    public static string StandardRemit(string name) => name switch
    {
        "基教科" => Assignment.SchoolTarget,
        "校外培训监管科" => Assignment.InstitutionTarget,
        _ => "",
    };

    public IReadOnlyList<string> RemitKinds => (Remit ?? StandardRemit(Name)).Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Inspects(string targetKind) => RemitKinds.Contains(targetKind);
}
