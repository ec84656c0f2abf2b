using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Shared.Documents;

namespace Dudao.Modules.Escalation.Docket;

/// <summary>A 通报 — critical (通报批评) or a commendation (通报表扬) — as the office issues it under its seal.</summary>
internal static class NoticeDocument
{
    public static string Title(EscalationRecord e) => e.Level == EscalationLevels.Commendation
        ? $"关于表扬{e.TargetDisplay}的通报"
        : $"关于{e.TargetDisplay}有关问题的通报";

    public static byte[] Build(EscalationRecord e, IReadOnlyList<Problem> problems, string? regionName, DocumentHeader header)
    {
        using var docx = new OfficialDocx(header, Title(e));
        docx.Field(e.Level == EscalationLevels.Commendation ? "表扬对象" : "通报对象", e.TargetDisplay)
            .Field("所在地区", regionName ?? e.RegionCode);
        if (e.NoticeForm is not null) docx.Field("通报形式", e.NoticeForm);
        docx.Field("通报事由", e.Reason);
        EscalationText.Problems(docx, problems);
        docx.Paragraph(e.Level == EscalationLevels.Commendation
            ? "特予通报表扬。希望受表扬单位再接再厉，各地各校学习借鉴。"
            : $"现予通报。请{e.TargetDisplay}高度重视，逐项整改到位，并将整改情况书面报送{header.OfficeName}。", indent: true);
        return docx.ToArray();
    }
}
