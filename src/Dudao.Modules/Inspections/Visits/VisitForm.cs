using System.Globalization;
using System.Text.Json.Serialization;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Indicators.Scoring;
using Dudao.Modules.Indicators.Templates;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>One checklist row of the form; a number item with grade bands posts one part per band.</summary>
public sealed class ResultForm
{
    public string? Code { get; set; }
    public string? Value { get; set; }
    public List<string>? Parts { get; set; }

    /// <summary>不适用, ticked beside a number item's boxes (a yes/no item picks it as its value).</summary>
    public bool Na { get; set; }
    public string? Note { get; set; }

    /// <summary>The value as the checks read it: "na", the parts joined by "/", or the value.</summary>
    public string? Answer => Na ? ScoringRule.NotApplicable
        : Parts is { Count: > 0 } parts && parts.Any(p => !string.IsNullOrWhiteSpace(p)) ? string.Join("/", parts.Select(p => p?.Trim())) : Value;

    public ResultInput ToInput() => new(Code, Answer, Note);

    /// <summary>A recorded answer back in the form: 不适用 of a number item ticks its box, a banded value fills its boxes.</summary>
    public static ResultForm Of(string code, ScoringRule rule, string? value, string? note)
    {
        var na = value == ScoringRule.NotApplicable && rule.Kind != ScoringKinds.YesNo;
        return new ResultForm { Code = code, Value = na ? null : value, Note = note, Na = na, Parts = rule.Bands is { } && !na ? value?.Split('/').ToList() : null };
    }
}

public sealed class FindingForm
{
    public string? Text { get; set; }
    public string? Severity { get; set; }
    public string? IndicatorCode { get; set; }

    /// <summary>The finding a 不符合 answer adds, for the inspector to sharpen: the item's code and title.</summary>
    public static FindingForm For(IndicatorNode item) => new() { Text = $"不符合：{item.Title}", Severity = Rectification.Domain.ProblemSeverities.Medium, IndicatorCode = item.Code };
}

/// <summary>
/// The visit form's posted fields (new visits, drafts and edits); a list nobody ticked binds as null
/// and reads as empty. A draft stores these fields as typed.
/// </summary>
public sealed class VisitForm
{
    public string? Date { get; set; }
    public string? Kind { get; set; }
    public List<string> Methods { get; set => field = value ?? []; } = [];
    public string? Summary { get; set; }
    public string? Feedback { get; set; }
    public string? Highlights { get; set; }
    public string? Requirements { get; set; }
    public string? Suggestions { get; set; }
    public string? SpecialInspectionId { get; set; }
    public List<ResultForm> Results { get; set => field = value ?? []; } = [];
    public List<FindingForm> Findings { get; set => field = value ?? []; } = [];

    /// <summary>The draft this form saves to; chosen when the form is first shown, so posting it twice records one visit.</summary>
    public string? DraftId { get; set; }

    [JsonIgnore] public int? Version { get; set; }

    /// <summary>Which button posted the form (<see cref="VisitFormActions"/>); none is a submission.</summary>
    [JsonIgnore] public string? Action { get; set; }

    public static VisitForm For(TemplateTree tree, DateOnly today, string kind, string? specialInspectionId) => new()
    {
        Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = kind, SpecialInspectionId = specialInspectionId,
        Results = tree.Items.Select(i => new ResultForm { Code = i.Node.Code }).ToList(), DraftId = Core.Ids.New(),
    };

    public static VisitForm From(VisitDto visit, TemplateTree tree) => new()
    {
        Date = visit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = visit.Kind, Methods = visit.Methods.ToList(), Summary = visit.Summary,
        Feedback = visit.Feedback, Highlights = visit.Highlights, Requirements = visit.Requirements, Suggestions = visit.Suggestions,
        Version = visit.Version,
        Results = tree.Items.Select(i =>
        {
            var r = visit.Results.FirstOrDefault(x => x.Code == i.Node.Code);
            return ResultForm.Of(i.Node.Code, i.Rule, r?.Value, r?.Note);
        }).ToList(),
    };

    /// <summary>A saved draft laid over the current checklist: answers follow their item's code, so a changed template loses nothing it still has.</summary>
    public static VisitForm Resume(VisitForm draft, TemplateTree tree)
    {
        draft.Results = tree.Items.Select(i => draft.Results.FirstOrDefault(r => r.Code == i.Node.Code) ?? new ResultForm { Code = i.Node.Code }).ToList();
        return draft;
    }

    /// <summary>"已填 x / N": items with an answer (a value, a part, or 不适用).</summary>
    public int Answered => Results.Count(r => !string.IsNullOrWhiteSpace(r.Answer));

    /// <summary>其余全部符合: every unanswered yes/no item becomes 符合; number items keep waiting for their number.</summary>
    public void MarkRemainingYes(TemplateTree tree)
    {
        foreach (var row in Results)
        {
            if (string.IsNullOrWhiteSpace(row.Answer) && tree.RuleFor(row.Code ?? "")?.Kind == ScoringKinds.YesNo) row.Value = "yes";
        }
    }

    /// <summary>
    /// The form's round trip without script: an item answered 不符合 since <paramref name="before"/> (the
    /// saved draft) gets a finding with its code and title, unless one names it already — as the script
    /// does the moment the answer changes.
    /// </summary>
    public void AddFindingsForNewNo(TemplateTree tree, VisitForm? before)
    {
        foreach (var row in Results.Where(r => r.Value == "no"))
        {
            if (before?.Results.FirstOrDefault(r => r.Code == row.Code)?.Value == "no") continue;
            if (Findings.Any(f => string.Equals(f.IndicatorCode?.Trim(), row.Code, StringComparison.OrdinalIgnoreCase))) continue;
            if (tree.Find(row.Code) is { } item) Findings.Add(FindingForm.For(item));
        }
    }

    public VisitInput ToInput(string targetKind, string targetId, string? templateId) => new(targetKind, targetId,
        DateOnly.TryParse(Date, CultureInfo.InvariantCulture, out var d) ? d : null, Kind, Methods, templateId,
        Results.Select(r => r.ToInput()).ToList(),
        Findings.Where(f => !string.IsNullOrWhiteSpace(f.Text))
            .Select(f => new FindingInput(f.Text, f.Severity, string.IsNullOrWhiteSpace(f.IndicatorCode) ? null : f.IndicatorCode)).ToList(),
        Summary, Feedback, Highlights, Requirements, Suggestions, null, string.IsNullOrWhiteSpace(SpecialInspectionId) ? null : SpecialInspectionId,
        string.IsNullOrWhiteSpace(DraftId) ? null : DraftId);

    public VisitEdit ToEdit() => new(Methods, Results.Select(r => r.ToInput()).ToList(), Summary, Feedback, Highlights, Requirements, Suggestions, Version);
}

/// <summary>The buttons of the visit form besides 提交: each saves the draft, and without script also does its step on the server.</summary>
public static class VisitFormActions
{
    public const string Draft = "draft";
    public const string AllYes = "all-yes";
    public const string AddFinding = "add-finding";

    /// <summary>"remove-finding:2" removes the third finding.</summary>
    public const string RemoveFinding = "remove-finding:";
}
