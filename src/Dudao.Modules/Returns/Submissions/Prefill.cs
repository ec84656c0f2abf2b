using System.Globalization;
using System.Text;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>
/// What a new return starts with. The quarterly summary (000 §3) takes the school's latest saved 自查小结
/// (工作开展情况、亮点、问题和不足、下一步打算) and lists its problems not yet closed as the 问题清单; the
/// unit edits them before submitting. Other forms start blank.
/// </summary>
public sealed class Prefill(AppDbContext db)
{
    public async Task<Dictionary<string, string>> ForAsync(ReturnForm form, FillerUnit unit, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (form.Key != ReturnForm.QuarterlySummary || unit.Kind is not (FillerKinds.School or FillerKinds.Institution)) return values;
        var summary = await db.Set<SelfAssessment>().AsNoTracking()
            .Where(s => s.TargetKind == unit.Kind && s.TargetId == unit.Id && s.SummarySavedAt != null)
            .OrderByDescending(s => s.SummarySavedAt).FirstOrDefaultAsync(ct);
        if (summary is not null)
        {
            values["work"] = summary.SummaryWork ?? "";
            values["highlights"] = summary.SummaryHighlights ?? "";
            values["problems"] = summary.SummaryProblems ?? "";
            values["nextSteps"] = summary.SummaryNextSteps ?? "";
        }
        var open = await db.Set<Problem>().AsNoTracking()
            .Where(p => p.TargetKind == unit.Kind && p.TargetId == unit.Id && p.Status != ProblemStatuses.Closed)
            .OrderBy(p => p.Deadline).Select(p => new { p.Description, p.Deadline }).Take(50).ToListAsync(ct);
        if (open.Count > 0)
        {
            var list = new StringBuilder();
            for (var i = 0; i < open.Count; i++)
                list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {open[i].Description}（整改期限 {open[i].Deadline:yyyy-MM-dd}）\n");
            var text = list.ToString().TrimEnd();
            values["problemList"] = text.Length > ReturnField.TextMax ? text[..ReturnField.TextMax] : text;
        }
        return values.Where(v => v.Value.Length > 0).ToDictionary(StringComparer.Ordinal);
    }
}
