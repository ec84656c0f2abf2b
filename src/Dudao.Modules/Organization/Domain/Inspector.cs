using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// An inspector (督学), full-time (专职) or part-time (兼职), of a county office — a responsible
/// inspector hung on schools (挂牌) — or of a city or province office, who joins inspections
/// anywhere in that subtree.
/// </summary>
public sealed class Inspector : IRegionScoped, IVersioned, IAudited
{
    public static readonly string[] Kinds = ["专职", "兼职"];

    public string Id { get; init; } = Core.Ids.New();
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string? Phone { get; set; }
    public int Version { get; set; }
}
