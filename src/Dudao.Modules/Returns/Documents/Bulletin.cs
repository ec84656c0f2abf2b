using Dudao.Modules.Reporting.Rollups;
using Dudao.Modules.Returns.Domain;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// The quarterly bulletin (季度通报, 000 §4; 001's quarterly 调度) of a region: the quarter's figures from the
/// rollups (目标任务完成情况), the units ranked and those named 滞后 or 不作为 (突出问题), overdue problems,
/// complaints and their handling with the targets reported most (典型举报), and commendations.
/// </summary>
/// <param name="AsOf">The day the figures stand at: the quarter's last day, or today while it runs.</param>
/// <param name="UnitKind">What is ranked: the child regions, or a county's schools.</param>
/// <param name="Issued">The issued bulletin, null until the office issues it.</param>
public sealed record Bulletin(string RegionCode, string RegionName, string Quarter, string QuarterLabel, DateOnly DueOn, DateOnly AsOf,
    Figures Figures, string UnitKind, IReadOnlyList<BulletinUnit> Ranking, IReadOnlyList<OverdueProblem> OverdueProblems, int OverdueTotal,
    IReadOnlyList<ReportedTarget> TypicalReports, IReadOnlyList<Commendation> Commendations, IssuedBulletin? Issued)
{
    public const string ChildRegions = "region";
    public const string Schools = "school";

    public IReadOnlyList<BulletinUnit> Named => Ranking.Where(u => u.Finding is not null).ToList();

    public string UnitLabel => UnitKind == Schools ? "学校" : "下级地区";
}

/// <summary>
/// A ranked unit: coverage of its targets (a school: the months it was visited), the rectification rate to date,
/// problems struck off in the quarter and overdue at <see cref="Bulletin.AsOf"/>, complaints closed on time (regions only).
/// </summary>
/// <param name="Finding">One of <see cref="BulletinFindings"/>, or null for a unit not named.</param>
public sealed record BulletinUnit(int Rank, string Kind, string Id, string Name, double? CoverageRate, double? RectificationRate,
    double? ComplaintsOnTimeRate, int ProblemsClosed, int ProblemsOverdue, string? Finding, IReadOnlyList<string> Reasons);

public sealed record OverdueProblem(string Target, string Description, DateOnly Deadline, int DaysOverdue);

/// <summary>A target reported more than once in the quarter (典型举报): how many reports, how many closed.</summary>
public sealed record ReportedTarget(string Target, int Reports, int Closed);

public sealed record Commendation(string Target, DateOnly DecidedOn, string Reason);

public sealed record IssuedBulletin(string Id, string RegionCode, string Quarter, string Number, DateOnly IssuedOn, string IssuedBy, IReadOnlyList<IssuedNotice> Notices);

/// <param name="EscalationId">The 通报 record (<c>/api/escalations/{id}</c>).</param>
public sealed record IssuedNotice(string EscalationId, string Target, string Finding);
