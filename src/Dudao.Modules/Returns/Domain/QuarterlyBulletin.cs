using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Returns.Domain;

/// <summary>
/// An issued quarterly bulletin (季度通报, 000 §4) of a region: once per region and quarter, with the 文号 its
/// document carries. The units it names as 滞后 or 不作为 get a 通报 each (<see cref="BulletinEscalation"/>).
/// </summary>
public sealed class QuarterlyBulletin : IRegionScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";

    /// <summary>2026Q3.</summary>
    public string Quarter { get; init; } = "";
    public string Number { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public DateTime IssuedAt { get; init; }
    public string IssuedBy { get; init; } = "";
}

/// <summary>A 通报 the bulletin issued: the escalation record and why the unit was named.</summary>
public sealed class BulletinEscalation
{
    public string BulletinId { get; init; } = "";
    public string EscalationId { get; init; } = "";

    /// <summary>One of <see cref="BulletinFindings"/>.</summary>
    public string Finding { get; init; } = "";
}

/// <summary>What a bulletin names a unit for.</summary>
public static class BulletinFindings
{
    public const string Behind = "behind";
    public const string Inactive = "inactive";

    public static string Label(string finding) => finding == Inactive ? "不作为" : "工作滞后";
}
