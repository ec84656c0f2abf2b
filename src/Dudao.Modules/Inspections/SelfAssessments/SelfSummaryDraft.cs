using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;

namespace Dudao.Modules.Inspections.SelfAssessments;

/// <summary>The four sections of a 自查小结 (000 §5: 工作开展情况、亮点、问题和不足、下一步打算).</summary>
public sealed record SelfSummarySections(string Work, string Highlights, string Problems, string NextSteps);

/// <summary>
/// Writes the first draft of a 自查小结 from a submitted self-assessment: what was checked and how it
/// came out, the areas fully met and the evidence given, each item not met with its ledger deadline,
/// and what follows. The target edits the draft before handing it in; paragraphs are separated by new lines.
/// </summary>
internal static class SelfSummaryDraft
{
    private const int ListedNotes = 10, NoteLength = 120;

    /// <summary>"自查指标 38 项：符合 35 项，不符合 2 项，不适用 1 项".</summary>
    public static string Results(TemplateTree tree, IReadOnlyList<ItemResult> results)
    {
        var (met, notMet, na) = Count(tree, results);
        return $"自查指标 {tree.Items.Count} 项：符合 {met} 项，不符合 {notMet} 项，不适用 {na} 项";
    }

    /// <param name="deadlines">The ledger deadline of each item's problem, by item code.</param>
    public static SelfSummarySections Write(string unit, string figures, string office, string round, TemplateTree tree,
        IReadOnlyList<ItemResult> results, IReadOnlyDictionary<string, DateOnly> deadlines)
    {
        var scored = tree.Items.Select(i => (i.Node, Result: results.FirstOrDefault(r => r.Code == i.Node.Code), i.Rule))
            .Select(x => (x.Node, x.Result, Score: x.Rule.Score(x.Result?.Value))).ToList();
        var failed = scored.Where(x => x.Score < 1).ToList();

        var work = $"按照{office}“{round}”的部署，{unit}（{figures}）对照《{tree.Template.Name}》中适用于本单位的 {tree.Items.Count} 项指标逐项开展自查。"
                   + $"{Results(tree, results)}。";

        var highlights = new List<string>();
        foreach (var area in tree.ChildrenOf(null))
        {
            var inArea = scored.Where(x => Under(tree, x.Node.Code, area.Code) && x.Score is not null).ToList();
            if (inArea.Count > 0 && inArea.All(x => x.Score >= 1)) highlights.Add($"{area.Title}：{inArea.Count} 项指标全部符合要求。");
        }
        highlights.AddRange(scored.Where(x => x.Score >= 1 && x.Result?.Note is not null).Take(ListedNotes)
            .Select(x => $"{x.Node.Code} {x.Node.Title}：{Clip(x.Result!.Note!)}"));
        if (highlights.Count == 0) highlights.Add("（请补充本单位落实“双减”工作的亮点和特色做法。）");

        var problems = failed.Count == 0
            ? ["本次自查未发现不符合要求的问题。"]
            : failed.Select((x, i) => $"{i + 1}. {x.Node.Code} {x.Node.Title}" + (x.Result?.Note is { } note ? $"：{Clip(note)}" : "")
                                      + (deadlines.TryGetValue(x.Node.Code, out var due) ? $"（已列入整改台账，限 {due:yyyy年M月d日} 前整改）" : "")).ToList();

        var next = new List<string>();
        if (failed.Count > 0)
        {
            var last = deadlines.Count > 0 ? $"于 {deadlines.Values.Max():yyyy年M月d日} 前" : "限期";
            next.Add($"针对自查发现的 {failed.Count} 个问题，逐项制定整改措施，明确责任人和时限，{last}全部整改到位，在整改台账中提交整改佐证，接受责任督学核验销号。");
        }
        next.Add("持续落实“双减”各项要求，巩固作业管理、课后服务等方面的做法，配合责任督学“月月督”和季度集中督导。");

        return new SelfSummarySections(Fit(work), Fit(string.Join("\n", highlights)), Fit(string.Join("\n", problems)), Fit(string.Join("\n", next)));
    }

    private static (int Met, int NotMet, int NotApplicable) Count(TemplateTree tree, IReadOnlyList<ItemResult> results)
    {
        var scores = tree.Items.Select(i => (Score: i.Rule.Score(results.FirstOrDefault(r => r.Code == i.Node.Code)?.Value),
            Answered: results.Any(r => r.Code == i.Node.Code))).ToList();
        return (scores.Count(s => s.Score >= 1), scores.Count(s => s.Score < 1), scores.Count(s => s.Answered && s.Score is null));
    }

    private static bool Under(TemplateTree tree, string code, string ancestor)
    {
        for (var node = tree.Find(code); node?.ParentCode is { } parent; node = tree.Find(parent))
            if (parent == ancestor) return true;
        return false;
    }

    private static string Clip(string note) => note.Length <= NoteLength ? note : note[..NoteLength] + "…";

    private static string Fit(string text) => text.Length <= SelfAssessment.SummaryMax ? text : text[..SelfAssessment.SummaryMax];
}
