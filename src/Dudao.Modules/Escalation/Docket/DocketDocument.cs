using Dudao.Core.Time;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Escalation.Docket;

/// <summary>
/// The 督办单 of a listed supervision: whom it names (a person with their unit), the issue (事由 and the
/// problems), the requirement, the deadline, and the reply with its date (blank lines to fill in by
/// hand until the reply is filed), under the office's letterhead.
/// </summary>
internal static class DocketDocument
{
    public const string Title = "重点问题督办单";

    public static byte[] Build(EscalationRecord e, IReadOnlyList<Problem> problems, string? regionName, DocumentHeader header, DateOnly today)
    {
        using var docx = new OfficialDocx(header, Title);
        docx.Field("督办对象", e.TargetDisplay).Field("所在地区", regionName ?? e.RegionCode).Field("督办事项", e.Reason);
        EscalationText.Problems(docx, problems);
        docx.Field("督办要求", e.Requirement ?? "");
        docx.Field("办结时限", e.Deadline is { } d ? $"{OfficialDocx.DateText(d)}前" : "");
        docx.Field("办理回复", e.Reply ?? "（请于办结时限前书面回复整改落实情况）");
        if (e.RepliedAt is { } at)
            docx.Field("回复日期", $"{OfficialDocx.DateText(DateOnly.FromDateTime(ChinaTime.ToLocal(at)))}{(e.IsReplyOverdue(today) ? "（逾期回复）" : "")}");
        if (e.Reply is null) for (var i = 0; i < 4; i++) docx.Paragraph("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿");
        docx.Paragraph($"督办日期：{OfficialDocx.DateText(e.DecidedOn)}", right: true);
        return docx.ToArray();
    }
}
