using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Escalation.Records;

/// <summary>
/// Who an escalation concerns besides its target's name: the unit that receives it and files the
/// 督办单's written reply — the target itself when it has accounts (a school, an institution, a
/// department), otherwise the office of its county (a township government, a person) — and the unit
/// that recorded it, which hears of the reply.
/// </summary>
public sealed class EscalationParties(AppDbContext db, SupervisionTargets targets)
{
    public async Task<NoticeRecipient> RecipientAsync(EscalationRecord e, CancellationToken ct) =>
        await targets.HasAccountsAsync(e.TargetKind, e.TargetId, ct)
            ? new NoticeRecipient(e.TargetKind, e.RegionCode, e.TargetId)
            : new NoticeRecipient(OrgKinds.Office, e.RegionCode, null);

    /// <summary>The unit of the account that recorded the escalation; null when that account is gone.</summary>
    public async Task<NoticeRecipient?> RecorderAsync(EscalationRecord e, CancellationToken ct)
    {
        var user = await db.Set<User>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.UserName == e.CreatedBy, ct);
        return user is null ? null : new NoticeRecipient(user.OrgKind, user.RegionCode, user.OrgRefId);
    }

    /// <returns>null when the caller may file the reply, otherwise why not (in Chinese).</returns>
    public async Task<string?> WhyNotReplyAsync(EscalationRecord e, CancellationToken ct)
    {
        var recipient = await RecipientAsync(e, ct);
        if (recipient.OrgRefId is not null)
            return IsCaller(recipient) ? null : $"督办单由{e.TargetDisplay}登录本系统后自行书面回复";
        return db.User.Has(EscalationPermissions.Manage) ? null : "该对象没有本系统账号，由督导室登记其书面回复";
    }

    /// <summary>Is the caller an account of <paramref name="unit"/>? Offices have no ref id, so their region tells them apart.</summary>
    public bool IsCaller(NoticeRecipient unit) =>
        db.User.UserId is not null && db.User.OrgKind == unit.OrgKind && db.User.OrgRefId == unit.OrgRefId
        && (unit.OrgRefId != null || db.User.RegionCode == unit.RegionCode);
}
