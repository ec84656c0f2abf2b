using System.Globalization;
using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>
/// An excellent case (优秀案例) a school submits each quarter (000 §9) or an inspector sends in; the county office
/// publishes chosen ones in the public case library. <see cref="TargetId"/> is the school ("" for an inspector's case).
/// </summary>
public sealed class ExcellentCase : ITargetScoped, IVersioned, IAudited
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string SubmitterKind { get; init; } = "";
    public string SubmitterId { get; init; } = "";
    public string SubmitterName { get; init; } = "";
    public string Title { get; set; } = "";
    public string Category { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>The quarter it was submitted in, e.g. 2026-4.</summary>
    public string Quarter { get; init; } = "";
    public string Status { get; set; } = CaseStatuses.Submitted;
    public DateTime SubmittedAt { get; init; }
    public string SubmittedBy { get; init; } = "";
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewNote { get; set; }
    public int Version { get; set; }
}

public static class CaseStatuses
{
    public const string Submitted = "submitted";
    public const string Published = "published";
    public const string Filed = "filed";
    public static readonly string[] All = [Submitted, Published, Filed];

    public static string Label(string status) => status switch
    {
        Submitted => "待审核",
        Published => "已发布",
        Filed => "已阅存档",
        _ => status,
    };
}

public static class CaseCategories
{
    public static readonly string[] All = ["作业设计与管理", "课后服务", "课堂教学", "考试评价", "家校共育", "校外培训治理", "其他"];
}

/// <summary>A calendar quarter, coded "2026-4".</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number}");

    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[Number - 1]}季度");

    public DateOnly Start => new(Year, Number * 3 - 2, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month + 2) / 3);
}
