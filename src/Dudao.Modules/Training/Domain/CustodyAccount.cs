using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Training.Domain;

/// <summary>
/// Where an institution's prepaid fees are held: the bank's custody platform (seed 002: the bank's
/// "四在" platform) and the supervised account. One per institution; the money itself never passes Dudao.
/// </summary>
public sealed class CustodyAccount : ITargetScoped, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Bank { get; set; } = "";
    public string AccountNo { get; set; } = "";
    public string? Platform { get; set; }
    public DateOnly Since { get; set; }
}
