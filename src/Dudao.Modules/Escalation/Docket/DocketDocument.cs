using Dudao.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dudao.Core.Time;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Rectification.Domain;

namespace Dudao.Modules.Escalation.Docket;

/// <summary>
/// The 督办单 of a listed supervision as .docx: whom it names (a person with their unit), the issue
/// (事由 and the problems), the requirement, the deadline, and the reply with its date (blank lines to
/// fill in by hand until the reply is filed).
/// Every text goes through <see cref="XmlChars.Strip"/>: a name stored before input refused control
/// characters must not make the document unwritable.
/// </summary>
public static class DocketDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(EscalationRecord e, IReadOnlyList<Problem> problems, string? regionName, DateOnly today)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Heading("重点问题督办单"));
            body.Append(Line($"编号：{e.DecidedOn:yyyy}-{e.Id[^8..]}", JustificationValues.Right));
            body.Append(Field("督办对象", e.TargetDisplay));
            body.Append(Field("所在地区", regionName ?? e.RegionCode));
            body.Append(Field("督办事项", e.Reason));
            for (var i = 0; i < problems.Count; i++)
                body.Append(Line($"{i + 1}. {problems[i].Description}（{ProblemSources.Label(problems[i].Source)}，原整改期限 {problems[i].Deadline:yyyy年M月d日}）"));
            body.Append(Field("督办要求", e.Requirement ?? ""));
            body.Append(Field("办结时限", e.Deadline is { } d ? $"{d:yyyy年M月d日}前" : ""));
            body.Append(Field("办理回复", e.Reply ?? "（请于办结时限前书面回复整改落实情况）"));
            if (e.RepliedAt is { } at) body.Append(Field("回复日期", $"{ChinaTime.ToLocal(at):yyyy年M月d日}{(e.IsReplyOverdue(today) ? "（逾期回复）" : "")}"));
            if (e.Reply is null) for (var i = 0; i < 4; i++) body.Append(Line("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"));
            body.Append(Line($"督办日期：{e.DecidedOn:yyyy年M月d日}", JustificationValues.Right));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private static Paragraph Heading(string text) => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new Bold(), new FontSize { Val = "36" }), new Text(XmlChars.Strip(text))));

    private static Paragraph Field(string label, string value) => new(
        new Run(new RunProperties(new Bold()), new Text(label + "：")),
        new Run(new Text(XmlChars.Strip(value)) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Line(string text, JustificationValues? align = null)
    {
        var paragraph = new Paragraph(new Run(new Text(XmlChars.Strip(text)) { Space = SpaceProcessingModeValues.Preserve }));
        if (align is { } a) paragraph.PrependChild(new ParagraphProperties(new Justification { Val = a }));
        return paragraph;
    }
}
