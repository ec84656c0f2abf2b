using System.Globalization;
using Dudao.Modules.Indicators.Templates;

namespace Dudao.Modules.Inspections.Visits;

/// <summary>One checklist row of the form; a number item with grade bands posts one part per band.</summary>
public sealed class ResultForm
{
    public string? Code { get; set; }
    public string? Value { get; set; }
    public List<string>? Parts { get; set; }
    public string? Note { get; set; }

    public ResultInput ToInput() => new(Code, Parts is { Count: > 0 } parts && parts.Any(p => !string.IsNullOrWhiteSpace(p))
        ? string.Join("/", parts.Select(p => p.Trim())) : Value, Note);
}

public sealed class FindingForm
{
    public string? Text { get; set; }
    public string? Severity { get; set; }
    public string? IndicatorCode { get; set; }
}

/// <summary>The visit form's posted fields (new visits and edits); a list nobody ticked binds as null and reads as empty.</summary>
public sealed class VisitForm
{
    public const int FindingSlots = 3;

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
    public int? Version { get; set; }

    public static VisitForm For(TemplateTree tree, DateOnly today, string kind, string? specialInspectionId) => new()
    {
        Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = kind, SpecialInspectionId = specialInspectionId,
        Results = tree.Items.Select(i => new ResultForm { Code = i.Node.Code }).ToList(),
        Findings = Enumerable.Range(0, FindingSlots).Select(_ => new FindingForm { Severity = "medium" }).ToList(),
    };

    public static VisitForm From(VisitDto visit, TemplateTree tree) => new()
    {
        Date = visit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = visit.Kind, Methods = visit.Methods.ToList(), Summary = visit.Summary,
        Feedback = visit.Feedback, Highlights = visit.Highlights, Requirements = visit.Requirements, Suggestions = visit.Suggestions,
        Version = visit.Version,
        Results = tree.Items.Select(i =>
        {
            var r = visit.Results.FirstOrDefault(x => x.Code == i.Node.Code);
            return new ResultForm { Code = i.Node.Code, Value = r?.Value, Note = r?.Note, Parts = i.Rule.Bands is { } ? r?.Value.Split('/').ToList() : null };
        }).ToList(),
    };

    public VisitInput ToInput(string targetKind, string targetId, string? templateId) => new(targetKind, targetId,
        DateOnly.TryParse(Date, out var d) ? d : null, Kind, Methods, templateId,
        Results.Select(r => r.ToInput()).ToList(),
        Findings.Where(f => !string.IsNullOrWhiteSpace(f.Text))
            .Select(f => new FindingInput(f.Text, f.Severity, string.IsNullOrWhiteSpace(f.IndicatorCode) ? null : f.IndicatorCode)).ToList(),
        Summary, Feedback, Highlights, Requirements, Suggestions, null, string.IsNullOrWhiteSpace(SpecialInspectionId) ? null : SpecialInspectionId);

    public VisitEdit ToEdit() => new(Methods, Results.Select(r => r.ToInput()).ToList(), Summary, Feedback, Highlights, Requirements, Suggestions, Version);
}
