using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Inspections.Visits;

public sealed record ResultInput(string? Code, string? Value, string? Note);

/// <param name="Deadline">null for the default deadline of the severity (working days, per region).</param>
public sealed record FindingInput(string? Text, string? Severity, string? IndicatorCode, DateOnly? Deadline = null);

/// <summary>A new visit as the API and the visit form send it.</summary>
/// <param name="DraftId">The draft this visit submits (<c>PUT /api/visit-drafts/…</c>): sending it again answers the visit it became.</param>
public sealed record VisitInput(string? TargetKind, string? TargetId, DateOnly? Date, string? Kind, List<string>? Methods,
    string? TemplateId, List<ResultInput>? Results, List<FindingInput>? Findings, string? Summary,
    string? Feedback = null, string? Highlights = null, string? Requirements = null, string? Suggestions = null,
    string? InspectorId = null, string? SpecialInspectionId = null, string? DraftId = null);

/// <summary>What may change after a visit is recorded (target, date and kind stay; findings are problems by then).</summary>
public sealed record VisitEdit(List<string>? Methods, List<ResultInput>? Results, string? Summary, string? Feedback,
    string? Highlights, string? Requirements, string? Suggestions, int? Version);

/// <summary>Checks shared by new visits, edits and self-assessments; messages in Chinese, keyed by field.</summary>
internal static class VisitChecks
{
    public const int MaxText = 2000;

    public static IEnumerable<(string Field, string Message)> Texts(string? summary, string? feedback, string? highlights, string? requirements, string? suggestions)
    {
        if (string.IsNullOrWhiteSpace(summary)) yield return ("summary", "请填写基本情况");
        else if (Check.Length(summary, 4000, "基本情况") is { } summaryError) yield return ("summary", summaryError);
        foreach (var (field, label, value) in new[] { ("feedback", "当场反馈", feedback), ("highlights", "亮点", highlights),
                     ("requirements", "整改要求", requirements), ("suggestions", "建议", suggestions) })
        {
            if (Check.Length(value, MaxText, label) is { } error) yield return (field, error);
        }
    }

    /// <param name="kind">The visit's kind: an unannounced visit (四不两直) does not listen to a briefing (不听汇报).</param>
    public static IEnumerable<(string Field, string Message)> Methods(List<string>? methods, string? kind)
    {
        if (methods is not { Count: > 0 }) yield return ("methods", "请至少选择一种督导方式");
        else if (methods.FirstOrDefault(m => !VisitMethods.All.Contains(m)) is { } bad)
            yield return ("methods", $"督导方式“{bad}”不正确，{Check.NotOneOfCodes("", VisitMethods.All)}");
        else if (kind == VisitKinds.Unannounced && methods.Contains(VisitMethods.Briefing))
            yield return ("methods", "四不两直督导不发通知、不打招呼、不听汇报：督导方式不能选择“听取汇报”（briefing）");
    }

    /// <summary>Each result names a C item of the (narrowed) template once and fits its scoring rule; blank rows are skipped.</summary>
    public static List<ItemResult> Results(List<ResultInput>? results, TemplateTree tree, Action<string, string> fail)
    {
        var list = new List<ItemResult>();
        var seen = new HashSet<string>();
        for (var i = 0; i < (results?.Count ?? 0); i++)
        {
            var r = results![i];
            var code = r.Code?.Trim().ToUpperInvariant() ?? "";
            if (string.IsNullOrWhiteSpace(r.Value) && string.IsNullOrWhiteSpace(r.Note)) continue;
            if (tree.RuleFor(code) is not { } rule) { fail($"results[{i}].code", tree.RefusalFor(code)); continue; }
            if (!seen.Add(code)) { fail($"results[{i}].code", $"指标 {code} 重复填写"); continue; }
            if (rule.Check(r.Value) is { } error) { fail($"results[{i}].value", $"{code}：{error}"); continue; }
            if (Check.Length(r.Note, MaxText, "说明") is { } noteError) { fail($"results[{i}].note", $"{code}：{noteError}"); continue; }
            list.Add(new ItemResult(code, r.Value!.Trim(), string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim()));
        }
        return list;
    }

    /// <summary>
    /// An item whose rule needs a number (points, measured values) is answered once its row is sent:
    /// the form sends every row, so a blank box there is refused, while a yes/no row may stay unanswered.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> NumbersAnswered(List<ResultInput>? results, TemplateTree tree)
    {
        for (var i = 0; i < (results?.Count ?? 0); i++)
        {
            var r = results![i];
            var code = r.Code?.Trim().ToUpperInvariant() ?? "";
            if (!string.IsNullOrWhiteSpace(r.Value) || !string.IsNullOrWhiteSpace(r.Note) || tree.RuleFor(code) is not { } rule || rule.Kind == ScoringKinds.YesNo) continue;
            yield return ($"results[{i}].value", $"{code}：请填写{(rule.Kind == ScoringKinds.Points ? "得分" : "数值")}，不适用时勾选“不适用”");
        }
    }

    public static IEnumerable<(string Field, string Message)> Findings(List<FindingInput>? findings, TemplateTree tree)
    {
        for (var i = 0; i < (findings?.Count ?? 0); i++)
        {
            var f = findings![i];
            if (string.IsNullOrWhiteSpace(f.Text)) yield return ($"findings[{i}].text", "请填写问题描述");
            else if (Check.Length(f.Text, MaxText, "问题描述") is { } textError) yield return ($"findings[{i}].text", textError);
            if (Check.OneOfCodes(f.Severity, ProblemSeverities.All, "严重程度") is { } severityError) yield return ($"findings[{i}].severity", severityError);
            if (DateBounds.Check(f.Deadline) is { } deadline) yield return ($"findings[{i}].deadline", deadline);
            if (!string.IsNullOrWhiteSpace(f.IndicatorCode) && tree.Find(f.IndicatorCode.Trim().ToUpperInvariant()) is null)
                yield return ($"findings[{i}].indicatorCode", $"指标“{f.IndicatorCode}”不在该指标体系中");
        }
    }
}
