using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Escalation.Docket;

/// <summary>The 约谈通知书: who is called to an interview, why, when and where, with a line for the receipt (签收).</summary>
internal static class InterviewNoticeDocument
{
    public const string Title = "约谈通知书";

    public static byte[] Build(EscalationRecord e, IReadOnlyList<Problem> problems, DocumentHeader header)
    {
        using var docx = new OfficialDocx(header, Title);
        docx.Paragraph($"{e.TargetDisplay}：");
        docx.Paragraph($"因{e.Reason.TrimEnd('。')}，根据《教育督导问责办法》有关规定，{header.OfficeName}决定对{e.TargetDisplay}进行约谈。现将有关事项通知如下：", indent: true);
        docx.Field("约谈时间", e.InterviewAt is { } at ? TimeText(at) : "另行通知");
        docx.Field("约谈地点", e.InterviewPlace ?? "另行通知");
        docx.Field("参加人员", e.InterviewAttendees ?? "");
        EscalationText.Problems(docx, problems);
        docx.Paragraph("请准时参加，并准备整改情况的书面材料。", indent: true);
        docx.Signatures(["被约谈单位（人）签收"]);
        return docx.ToArray();
    }

    private static string TimeText(DateTime utc)
    {
        var local = Core.Time.ChinaTime.ToLocal(utc);
        return $"{OfficialDocx.DateText(DateOnly.FromDateTime(local))} {local:HH:mm}";
    }
}
