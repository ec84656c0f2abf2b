using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.Registry;

/// <summary>
/// The target fields a staff form posts (the problem and escalation forms): a school or institution by
/// the code staff know it by, a department from a list, a region's government or a person by name in a county.
/// </summary>
public class TargetFormFields
{
    public string? TargetKind { get; set; } = TargetKinds.School;

    /// <summary>学校标识码 or 统一社会信用代码.</summary>
    public string? TargetCode { get; set; }
    public string? TargetDepartmentId { get; set; }

    /// <summary>A township's name (empty: the county government), a person's name, or an unregistered unit's name.</summary>
    public string? TargetName { get; set; }

    /// <summary>A person's unit and post.</summary>
    public string? TargetUnit { get; set; }
    public string? RegionCode { get; set; }
}
