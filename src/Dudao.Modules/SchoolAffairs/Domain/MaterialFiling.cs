using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>
/// A school's teaching-material (教辅) filing for a term (000 §14): what it ordered per subject and grade
/// (<see cref="MaterialLine"/>s as JSON), voluntary purchase confirmed, the 教导处/校委会 approvals as attached files.
/// </summary>
public sealed class MaterialFiling : ITargetScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Term { get; init; } = "";
    public string Items { get; set; } = "[]";
    public bool VoluntaryConfirmed { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <param name="Price">Per copy, in yuan.</param>
public sealed record MaterialLine(string Subject, int Grade, string Title, string Publisher, string Edition, decimal Price);
