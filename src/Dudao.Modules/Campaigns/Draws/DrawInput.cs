using Dudao.Modules.Campaigns.Domain;

namespace Dudao.Modules.Campaigns.Draws;

/// <summary>
/// Which targets enter the pool. Schools: <see cref="Zone"/> (督导责任区) and <see cref="Types"/> (学段: 小学、初中 …);
/// institutions (operating ones only): <see cref="Category"/> (学科类 | 非学科类) and <see cref="Kind"/> (体育 …).
/// <see cref="RankedMonth"/> with <see cref="Top"/> keeps the first N of that month's risk ranking (the accepted list when there is one).
/// </summary>
public sealed record DrawFilterInput(string? Zone = null, List<string>? Types = null, string? Category = null, string? Kind = null,
    string? RankedMonth = null, int? Top = null);

/// <summary>An inspector who must not be paired with a target: by id or by the exact name in the pool.</summary>
/// <param name="Reason">workplace (本人工作单位) or recused (申请回避).</param>
public sealed record RecusalInput(string? Inspector, string? Target, string? Reason);

/// <summary>
/// <c>POST /api/draws</c>: the contract's fields, plus the announcement's title, the day the seed is fixed and
/// where it will come from, the inspector levels of the pool (county, city, province; the region's own by
/// default) and the declared conflicts. With <see cref="Seed"/> the draw runs at once and its seed day is today.
/// </summary>
/// <param name="InspectorCount">Inspectors in each target's team.</param>
public sealed record DrawInput(string? RegionCode, string? TargetKind, DrawFilterInput? TargetFilter, int? TargetCount, int? InspectorCount, string? Seed = null,
    string? Title = null, DateOnly? SeedFixedOn = null, string? SeedSource = null, List<string>? InspectorLevels = null, List<RecusalInput>? Recusals = null);

public sealed record DrawRunInput(string? Seed);

/// <summary>The contract's shape (<c>id, seed, algorithm, inputsHash, targets, inspectors, pairs</c>) and the announcement around it.</summary>
public sealed record DrawDto(string Id, string? Seed, string Algorithm, string InputsHash, IReadOnlyList<string> Targets, IReadOnlyList<string> Inspectors,
    IReadOnlyList<DrawPair> Pairs, string Status, string RegionCode, string Title, string TargetKind, int TargetCount, int InspectorCount,
    DateOnly SeedFixedOn, string? SeedSource, DateTime CreatedAt, DateTime? RunAt)
{
    public static DrawDto From(Draw d)
    {
        var result = d.Result is null ? null : DrawResult.Parse(d.Result);
        return new DrawDto(d.Id, d.Seed, d.Algorithm, d.InputsHash, result?.Targets ?? [], result?.Inspectors ?? [], result?.Pairs ?? [], d.Status,
            d.RegionCode, d.Title, d.TargetKind, d.TargetCount, d.InspectorCount, d.SeedFixedOn, d.SeedSource, d.CreatedAt, d.RunAt);
    }
}
