using Dudao.Modules.Returns.Domain;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// Who a bulletin names (ADR-092). 不作为: nothing done — a region none of whose schools and institutions was visited
/// in the quarter, or any unit with overdue problems that struck none off in the quarter. 滞后 (otherwise): a region
/// whose coverage is below <see cref="CoverageBehind"/>, or any unit with at least <see cref="OverdueBehind"/> overdue
/// problems. A school's coverage is its inspector's doing, not the school's, so only its rectification counts.
/// </summary>
internal static class BulletinRules
{
    public const double CoverageBehind = 0.8;
    public const int OverdueBehind = 2;

    public static (string? Finding, IReadOnlyList<string> Reasons) Judge(string kind, double? coverage, int targets, int closed, int overdue)
    {
        var region = kind == Bulletin.ChildRegions;
        var inactive = new List<string>();
        if (region && targets > 0 && coverage is 0) inactive.Add("本季度辖区学校和校外培训机构无一到校（机构）督导");
        if (overdue > 0 && closed == 0) inactive.Add($"逾期未整改问题{overdue}个，本季度无一整改销号");
        if (inactive.Count > 0) return (BulletinFindings.Inactive, inactive);

        var behind = new List<string>();
        if (region && coverage is { } c && c < CoverageBehind) behind.Add($"月月督覆盖率{MonthlyStatistics.Percent(c)}，低于{MonthlyStatistics.Percent(CoverageBehind)}");
        if (overdue >= OverdueBehind) behind.Add($"逾期未整改问题{overdue}个");
        return behind.Count > 0 ? (BulletinFindings.Behind, behind) : (null, []);
    }
}
