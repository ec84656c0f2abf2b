using Dudao.Modules.Shared.Spreadsheets;

namespace Dudao.Modules.Reporting.Dashboard;

/// <summary>Each table of the dashboard as its own .xlsx, the same rows the page shows.</summary>
public sealed class DashboardExport(DashboardService dashboard)
{
    public static readonly string[] Tables = ["figures", "trend", "children", "zones", "schools"];

    private static readonly string[] FigureHeaders =
        ["督导次数", "学校", "已督导学校", "培训机构", "已督导机构", "覆盖率", "新增问题", "销号问题", "逾期问题", "累计问题", "累计销号", "整改率", "收到举报", "办结举报", "按期办结", "不予受理", "按期办结率", "督办问责"];

    public async Task<(Stream File, string Name)> ExportAsync(string table, string? regionCode, string? month, string? zone, CancellationToken ct)
    {
        var d = await dashboard.GetAsync(regionCode, month, ct);
        var file = new MemoryStream();
        string name;
        switch (table)
        {
            case "figures":
                name = "关键指标";
                XlsxWriter.Write(file, name, ["地区", "月份", .. FigureHeaders], [[d.Name, d.Month, .. Cells(d.Figures)]]);
                break;
            case "trend":
                name = "月度趋势";
                XlsxWriter.Write(file, name, ["月份", .. FigureHeaders], d.Trend.Select(t => (IReadOnlyList<object?>)[t.Month, .. Cells(t.Figures)]));
                break;
            case "children":
                name = "下级地区排名";
                XlsxWriter.Write(file, name, ["排名", "行政区划代码", "地区", .. FigureHeaders],
                    d.Children.Select(c => (IReadOnlyList<object?>)[c.Rank, c.RegionCode, c.Name, .. Cells(c.Figures)]));
                break;
            case "zones":
                name = "督导责任区";
                XlsxWriter.Write(file, name, ["责任区", "学校", "已督导学校", "覆盖率", "未销号问题", "逾期问题"],
                    d.Zones.Select(z => (IReadOnlyList<object?>)[z.Name, z.Schools, z.SchoolsVisited, FigureText.Percent(z.CoverageRate), z.ProblemsOpen, z.ProblemsOverdue]));
                break;
            case "schools":
                name = "学校";
                var schools = await dashboard.SchoolsAsync(regionCode, month, zone, ct);
                XlsxWriter.Write(file, name, ["学校标识码", "学校", "责任区", "本月督导日期", "未销号问题", "逾期问题"],
                    schools.Select(s => (IReadOnlyList<object?>)[s.Code, s.Name, s.Zone, s.VisitedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.ProblemsOpen, s.ProblemsOverdue]));
                break;
            default:
                throw Core.Errors.ValidationFailedException.For("table", Core.Errors.Check.NotOneOfCodes("表格", Tables));
        }
        file.Position = 0;
        return (file, $"{d.Name}{d.Month}{name}.xlsx");
    }

    private static object?[] Cells(Rollups.Figures f) =>
    [
        f.Visits, f.Schools, f.SchoolsVisited, f.Institutions, f.InstitutionsVisited, FigureText.Percent(f.CoverageRate),
        f.ProblemsOpened, f.ProblemsClosed, f.ProblemsOverdue, f.ProblemsOpenedToDate, f.ProblemsClosedToDate, FigureText.Percent(f.RectificationRate),
        f.ComplaintsReceived, f.ComplaintsClosed, f.ComplaintsClosedOnTime, f.ComplaintsRejected, FigureText.Percent(f.ComplaintsOnTimeRate),
        FigureText.Escalations(f.EscalationsByLevel),
    ];
}
