using System.Globalization;
using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Organization.Reduction;

/// <summary>The figures as the rows a report quotes: one figure a row, named as seed 002 names it.</summary>
public static class ReductionExport
{
    public static IReadOnlyList<(string Label, string Value)> Rows(ReductionFigures f) =>
    [
        ("地区", f.RegionName ?? "全部"),
        ("统计期间", $"{f.From:yyyy-MM-dd} 至 {f.To:yyyy-MM-dd}"),
        ("期初学科类机构（正常办学）", Count(f.Baseline)),
        ("期末学科类机构（正常办学）", Count(f.Now)),
        ("压减学科类机构", Count(f.Reduced)),
        ("其中：停办", Count(f.ReducedBy.Suspended)),
        ("其中：注销", Count(f.ReducedBy.Deregistered)),
        ("其中：取缔", Count(f.ReducedBy.Banned)),
        ("其中：转为非学科类", Count(f.ReducedBy.Converted)),
        ("压减率", Percent(f.Rate)),
        ("期内新增或复办学科类机构", Count(f.Added)),
        ("期末非学科类机构（正常办学）", Count(f.NonSubjectNow)),
        ("取缔“无证无照”机构", Count(f.BannedUnlicensed)),
        ("关停“无证有照”机构", Count(f.ClosedLicensedOnly)),
        ("“无证有照”机构重新审批登记", Count(f.ReRegistered)),
        ("查处黑机构", Count(f.UnlicensedFound)),
        ("检查机构（家）", Count(f.InstitutionsInspected)),
        ("检查机构（所次）", Count(f.InstitutionVisits)),
        ("下达整改通知书（份）", Count(f.RectificationNotices)),
        ("期末纳入资金监管机构", Count(f.FundSupervised)),
    ];

    public static byte[] Xlsx(ReductionFigures f)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "压减情况", ["指标", "数值"], Rows(f).Select(r => (IReadOnlyList<object?>)[r.Label, r.Value]));
        return buffer.ToArray();
    }

    /// <summary>60.0%: the invariant culture's "P1" would write "60.0 %".</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
