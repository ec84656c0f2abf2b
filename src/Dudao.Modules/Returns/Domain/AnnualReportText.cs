using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Returns.Domain;

/// <summary>
/// The office's own wording of a region's annual 督导报告 (亮点, 问题, 建议), saved once edited; until then the
/// report shows the text pre-filled from the rollups. Edits carry the version read (409 on a newer one).
/// </summary>
public sealed class AnnualReportText : IRegionScoped, IVersioned, IAudited
{
    public const int SectionMax = 4000;

    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public int Year { get; init; }
    public string Highlights { get; set; } = "";
    public string Problems { get; set; } = "";
    public string Suggestions { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}
