using Dudao.Data;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Records;
using Dudao.Modules.Platform.Notices;

namespace Dudao.Modules.Escalation.Issuing;

/// <summary>
/// Adds an escalation record and the notice telling the unit it names, without saving: the service that
/// decided it (a staff form, an issued bulletin) saves once with everything else it changed.
/// </summary>
public sealed class EscalationIssuer(AppDbContext db, EscalationParties parties, NoticeService notices)
{
    public async Task AddAsync(EscalationRecord record, CancellationToken ct)
    {
        db.Add(record);
        await TellRecipientAsync(record, ct);
    }

    /// <summary>The unit the escalation names hears of it; for a target without accounts, the office of its county.</summary>
    private async Task TellRecipientAsync(EscalationRecord e, CancellationToken ct)
    {
        var to = await parties.RecipientAsync(e, ct);
        var listed = e.Level == EscalationLevels.Listed;
        var title = listed ? $"挂牌督办：{e.TargetDisplay}，请于{e.Deadline:yyyy年M月d日}前书面回复" : $"{EscalationLevels.Label(e.Level)}：{e.TargetDisplay}";
        var body = listed ? $"{e.Reason}\n督办要求：{e.Requirement}" : e.Reason;
        if (listed && to.OrgRefId is null) body = $"{e.TargetDisplay}没有本系统账号，请将督办单送达并在收到书面回复后登记。\n{body}";
        await notices.SendAsync(to, title, Short(body, 2000), Link(e), null, ct);
    }

    internal static string Short(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;

    internal static string Link(EscalationRecord e) => $"/staff/escalations/{e.Id}";
}
