using System.Globalization;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>
/// The ledger as .xlsx with the page's filters, in the caller's scope. Rows stream from the query
/// into a temporary file (deleted when the download closes), so a province's ledger never sits in memory.
/// </summary>
public sealed class LedgerExport(AppDbContext db, TimeProvider clock)
{
    public static readonly string[] Headers =
        ["区县代码", "区县", "问题对象", "对象类型", "问题来源", "问题类别", "严重程度", "问题描述", "整改期限", "状态", "是否逾期", "登记时间", "销号时间", "回头看日期"];

    public Stream Export(ProblemFilter filter)
    {
        var today = clock.Today();
        // The county's name beside its code, looked up in the query so the rows still stream.
        var rows = filter.Apply(db.Set<Problem>().AsNoTracking(), today)
            .OrderBy(p => p.RegionCode).ThenBy(p => p.Deadline).ThenBy(p => p.Id)
            .Select(p => new { Problem = p, County = db.Set<Region>().Where(r => r.Code == p.RegionCode).Select(r => r.Name).FirstOrDefault() })
            .AsEnumerable()
            .Select(x => Row(x.Problem, x.County, today));
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        XlsxWriter.Write(file, "整改台账", Headers, rows);
        file.Position = 0;
        return file;
    }

    private static IReadOnlyList<object?> Row(Problem p, string? county, DateOnly today) =>
    [
        p.RegionCode, county, TargetKinds.Display(p.TargetName, p.TargetUnit), TargetKinds.Label(p.TargetKind), ProblemSources.Label(p.Source), p.Category,
        ProblemSeverities.Label(p.Severity), p.Description, p.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ProblemStatuses.Label(p.Status),
        p.IsOverdue(today) ? "是" : "否", Local(p.CreatedAt), p.ClosedAt is { } closed ? Local(closed) : null,
        p.FollowUpOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    private static string Local(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
