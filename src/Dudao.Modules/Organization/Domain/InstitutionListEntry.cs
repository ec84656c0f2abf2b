using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Organization.Domain;

/// <summary>
/// A stay of an institution on the public white or black list (黑白名单), from its entry to its removal,
/// each dated and with its reason. An institution is on at most one list at a time.
/// </summary>
public sealed class InstitutionListEntry : ITargetScoped, IAudited
{
    public const string White = "white";
    public const string Black = "black";
    public static readonly string[] Lists = [White, Black];

    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";

    /// <summary>The institution.</summary>
    public string TargetId { get; init; } = "";

    public string List { get; init; } = "";
    public DateOnly EnteredOn { get; init; }
    public string EntryReason { get; init; } = "";
    public string EnteredBy { get; init; } = "";
    public DateOnly? RemovedOn { get; set; }
    public string? RemovalReason { get; set; }
    public string? RemovedBy { get; set; }

    public static string Label(string? list) => list switch
    {
        White => "白名单",
        Black => "黑名单",
        _ => "未列入",
    };
}
