using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Indicators.Templates;

namespace Dudao.Modules.Indicators.Limits;

/// <summary>A daily written-homework limit for a range of grades, in minutes (0: none may be set).</summary>
public sealed record GradeLimit(int GradeFrom, int GradeTo, double Minutes);

/// <summary>
/// Daily written-homework limits per grade, read from the C10 bands of the school checklist that
/// applies in a county. The checklist is the one source of truth: surveys, homework publication and
/// the documents compare against it, so an office that edits its copy of C10 changes every check.
/// </summary>
public sealed class HomeworkLimits(TemplateService templates)
{
    public const string IndicatorCode = "C10";

    public async Task<IReadOnlyList<GradeLimit>> ForCountyAsync(string countyCode, CancellationToken ct)
    {
        var tree = await templates.DefaultForAsync(IndicatorTargets.School, countyCode, ct);
        return tree.RuleFor(IndicatorCode)?.Bands?.Select(b => new GradeLimit(b.GradeFrom, b.GradeTo, b.Limit)).ToList() ?? [];
    }

    /// <summary>The limit for <paramref name="grade"/> (1–12), or null when no band covers it.</summary>
    public static double? For(IReadOnlyList<GradeLimit> limits, int grade) =>
        limits.FirstOrDefault(l => grade >= l.GradeFrom && grade <= l.GradeTo)?.Minutes;
}
