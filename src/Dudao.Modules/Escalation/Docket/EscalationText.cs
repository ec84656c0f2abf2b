using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Escalation.Docket;

/// <summary>Parts the escalation documents share.</summary>
internal static class EscalationText
{
    /// <summary>The problems behind the escalation, numbered, with their source and original deadline.</summary>
    public static void Problems(OfficialDocx docx, IReadOnlyList<Problem> problems)
    {
        for (var i = 0; i < problems.Count; i++)
            docx.Paragraph($"{i + 1}. {problems[i].Description}（{ProblemSources.Label(problems[i].Source)}，原整改期限 {OfficialDocx.DateText(problems[i].Deadline)}）");
    }
}
