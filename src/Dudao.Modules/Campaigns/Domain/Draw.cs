using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Campaigns.Domain;

/// <summary>
/// 双随机一公开: a draw announced with its frozen input document (pool snapshot, counts, exclusions) and
/// the day its seed is fixed, then run once with that seed. The result is <see cref="DrawAlgorithm"/>
/// applied to <see cref="Input"/> and <see cref="Seed"/>, so anyone holding the published input file can
/// recompute it. Staff-only in the API; the public pages read it past the scope on purpose.
/// </summary>
public sealed class Draw : IStaffOnly, IVersioned, IAudited
{
    public const string Announced = "announced";
    public const string Run = "run";

    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The region the pool was drawn from (the announcing office's or one below it).</summary>
    public string RegionCode { get; init; } = "";
    public string Title { get; init; } = "";
    public string TargetKind { get; init; } = "";
    public int TargetCount { get; init; }
    public int InspectorCount { get; init; }

    /// <summary>The day from which the seed may be entered (announced in advance, part of the input).</summary>
    public DateOnly SeedFixedOn { get; init; }

    /// <summary>Where the seed will come from, as announced (e.g. a lottery draw of that day); free text.</summary>
    public string? SeedSource { get; init; }

    /// <summary>The canonical input document (UTF-8 JSON, sorted keys, no whitespace) exactly as published.</summary>
    public string Input { get; init; } = "";

    /// <summary>SHA-256 of <see cref="Input"/>'s UTF-8 bytes, lowercase hex.</summary>
    public string InputsHash { get; init; } = "";
    public string Algorithm { get; init; } = DrawAlgorithm.Name;
    public string Status { get; set; } = Announced;
    public string? Seed { get; set; }

    /// <summary>The canonical result document (the recompute script prints the same bytes).</summary>
    public string? Result { get; set; }
    public DateTime? RunAt { get; set; }
    public string? RunBy { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }
}
