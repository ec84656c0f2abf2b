using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>
/// The office above reviews: sends a submitted return back with a reason (the unit is told), accepts it
/// (locking it), or unlocks an accepted one for a correction, which starts the next revision and keeps the
/// accepted values in the history.
/// </summary>
public sealed class ReviewService(AppDbContext db, ICurrentUser me, ReturnUnit units, SubmissionService submissions, NoticeService notices, TimeProvider clock)
{
    public async Task<ReturnDto> SendBackAsync(string id, SendBackInput input, CancellationToken ct)
    {
        var (r, form) = await LoadAsync(id, ct);
        if (r.Status != ReturnStatuses.Submitted) throw DomainException.Conflict(r.Status == ReturnStatuses.Accepted ? SubmissionService.Locked : "只有待审核的报表可以退回");
        var reason = Reason(input.Reason, "退回原因");
        var now = Stamp(r);
        r.Status = ReturnStatuses.SentBack;
        r.SendBackReason = reason;
        db.Add(new ReturnEvent { ReturnId = r.Id, Action = ReturnEvent.SendBack, Revision = r.Revision, Reason = reason, Data = r.Data, At = now, Actor = me.DisplayName });
        await notices.SendAsync(ReturnUnit.RecipientOf(r.TargetKind, r.TargetId, r.RegionCode), $"报表被退回：{form.Name}（{PeriodLabel(form, r)}）",
            $"退回原因：{reason}。请修改后重新提交，截止日 {r.DueOn:yyyy-MM-dd}。", $"/staff/returns/{r.Id}", null, ct);
        await db.SaveChangesAsync(ct);
        return await submissions.GetAsync(id, ct);
    }

    public async Task<ReturnDto> AcceptAsync(string id, CancellationToken ct)
    {
        var (r, _) = await LoadAsync(id, ct);
        if (r.Status != ReturnStatuses.Submitted) throw DomainException.Conflict(r.Status == ReturnStatuses.Accepted ? "该报表已审核通过" : "只有待审核的报表可以审核通过");
        var now = Stamp(r);
        r.Status = ReturnStatuses.Accepted;
        db.Add(new ReturnEvent { ReturnId = r.Id, Action = ReturnEvent.Accept, Revision = r.Revision, Data = r.Data, At = now, Actor = me.DisplayName });
        await db.SaveChangesAsync(ct);
        return await submissions.GetAsync(id, ct);
    }

    /// <summary>Opens an accepted return for a correction as its next revision; the accepted values stay in the history.</summary>
    public async Task<ReturnDto> UnlockAsync(string id, UnlockInput input, CancellationToken ct)
    {
        var (r, form) = await LoadAsync(id, ct);
        if (r.Status != ReturnStatuses.Accepted) throw DomainException.Conflict("只有已审核通过的报表可以解锁更正");
        var reason = Reason(input.Reason, "解锁原因");
        var now = Stamp(r);
        r.Status = ReturnStatuses.Draft;
        r.Revision++;
        db.Add(new ReturnEvent { ReturnId = r.Id, Action = ReturnEvent.Unlock, Revision = r.Revision, Reason = reason, Data = r.Data, At = now, Actor = me.DisplayName });
        await notices.SendAsync(ReturnUnit.RecipientOf(r.TargetKind, r.TargetId, r.RegionCode), $"报表已解锁更正：{form.Name}（{PeriodLabel(form, r)}）",
            $"解锁原因：{reason}。更正后请重新提交，形成第{r.Revision}版。", $"/staff/returns/{r.Id}", null, ct);
        await db.SaveChangesAsync(ct);
        return await submissions.GetAsync(id, ct);
    }

    private async Task<(PeriodicReturn, ReturnForm)> LoadAsync(string id, CancellationToken ct)
    {
        var r = await db.Set<PeriodicReturn>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("报表");
        if (!units.Reviews(r)) throw DomainException.Forbidden("只有上级审核单位可以退回、通过或解锁报表");
        return (r, await db.Set<ReturnForm>().AsNoTracking().FirstAsync(f => f.Id == r.FormId, ct));
    }

    private DateTime Stamp(PeriodicReturn r)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        r.ReviewedAt = now;
        r.ReviewedBy = me.UserName;
        return now;
    }

    private static string Reason(string? reason, string label)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) throw ValidationFailedException.For("reason", $"请填写{label}");
        ValidationFailedException.ThrowIf("reason", Check.Length(text, 500, label));
        return text;
    }

    private static string PeriodLabel(ReturnForm form, PeriodicReturn r) => ReturnPeriod.Parse(form.PeriodKind, r.Period)?.Label ?? r.Period;
}
