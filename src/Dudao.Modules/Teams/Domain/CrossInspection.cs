using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Teams.Domain;

/// <summary>
/// One batch of 交叉检查 (seed 001: 上半年 and 下半年): an office pairs the regions below it so that
/// each inspects another and is inspected by another, never itself. A staff-only record: a target
/// must not learn who comes when (四不两直).
/// </summary>
public sealed class CrossInspection : IStaffOnly, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The organising office's region.</summary>
    public string RegionCode { get; init; } = "";
    public int Year { get; init; }

    /// <summary>1 上半年, 2 下半年.</summary>
    public int Half { get; init; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>The seed the pairing was drawn from (<see cref="CrossPairing"/>): the same regions and seed give the same pairs.</summary>
    public string Seed { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    public static string HalfLabel(int half) => half == 1 ? "上半年" : "下半年";

    /// <summary>The dates a batch of <paramref name="year"/>'s half may take.</summary>
    public static (DateOnly From, DateOnly To) HalfDates(int year, int half) =>
        half == 1 ? (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
}

/// <summary>One region's team inspecting another region in a batch.</summary>
public sealed class CrossPair : IStaffOnly
{
    public string Id { get; init; } = Core.Ids.New();
    public string CrossInspectionId { get; init; } = "";

    /// <summary>The organising office's region, as the batch's.</summary>
    public string RegionCode { get; init; } = "";
    public int Position { get; init; }
    public string Inspecting { get; init; } = "";
    public string InspectingName { get; init; } = "";
    public string Inspected { get; init; } = "";
    public string InspectedName { get; init; } = "";
}
