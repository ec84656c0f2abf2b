using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>
/// A unit's returns: opened for the periods it fills now, filled (saved as often as it likes), and submitted
/// to the office above. Accepted returns are locked; only the reviewer's unlock opens a new revision.
/// </summary>
public sealed class SubmissionService(AppDbContext db, ICurrentUser me, ReturnUnit units, Prefill prefill, TimeProvider clock)
{
    public const string Locked = "该报表已审核通过并锁定，不能修改；如需更正，请联系审核单位解锁，更正后形成新版本";
    public const string AwaitingReview = "该报表已提交，正在等待审核，不能修改；如需修改，请联系审核单位退回";

    /// <summary>Returns in the caller's scope (a unit that does not review: its own); a filling unit first gets its returns for the periods open now.</summary>
    public async Task<PagedList<ReturnListItem>> ListAsync(ReturnQuery q, CancellationToken ct)
    {
        var unit = await OpenMineAsync(ct);
        var query = db.Set<PeriodicReturn>().AsNoTracking().InRegion(q.RegionCode);
        // A department sees its county, but its returns list is its own: only offices follow other units' returns.
        if (unit is not null && !me.Has(ReturnsPermissions.Review)) query = query.Where(r => r.TargetKind == unit.Kind && r.TargetId == unit.Id);
        if (!string.IsNullOrWhiteSpace(q.FormId)) query = query.Where(r => r.FormId == q.FormId);
        if (!string.IsNullOrWhiteSpace(q.Period)) query = query.Where(r => r.Period == q.Period.Trim());
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            ValidationFailedException.ThrowIf("status", Check.OneOfCodes(q.Status, [ReturnStatuses.Draft, ReturnStatuses.Submitted, ReturnStatuses.SentBack, ReturnStatuses.Accepted], "状态"));
            query = query.Where(r => r.Status == q.Status);
        }
        var page = PageRequest.Of(q.Page, q.PageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.DueOn).ThenBy(r => r.RegionCode).ThenBy(r => r.TargetName).ThenBy(r => r.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var forms = await FormsAsync(rows.Select(r => r.FormId), ct);
        return new PagedList<ReturnListItem>(rows.Select(r => ReturnMapping.Item(r, forms[r.FormId])).ToList(), total, page.Page, page.PageSize);
    }

    public async Task<ReturnDto> GetAsync(string id, CancellationToken ct)
    {
        var r = await db.Set<PeriodicReturn>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("报表");
        var form = await db.Set<ReturnForm>().AsNoTracking().FirstAsync(f => f.Id == r.FormId, ct);
        var history = await db.Set<ReturnEvent>().AsNoTracking().Where(e => e.ReturnId == id).OrderBy(e => e.At).ThenBy(e => e.Revision).ToListAsync(ct);
        var canFill = units.IsMine(r) && r.Status is ReturnStatuses.Draft or ReturnStatuses.SentBack;
        var canReview = units.Reviews(r) && r.Status is ReturnStatuses.Submitted or ReturnStatuses.Accepted;
        return new ReturnDto(r.Id, r.FormId, form.Name, form.PeriodKind, r.Period, ReturnPeriod.Parse(form.PeriodKind, r.Period)?.Label ?? r.Period, r.RegionCode,
            r.TargetKind, r.TargetId, r.TargetName, r.ReviewerRegion, r.Status, r.Revision, r.DueOn, r.FirstSubmittedAt, r.SubmittedAt,
            r.FirstSubmittedAt is null ? null : r.OnTime, r.SendBackReason, form.FieldList, r.ValueMap,
            history.Select(e => new ReturnEventDto(e.Action, e.Revision, e.Reason, e.At, e.Actor, PeriodicReturn.ParseValues(e.Data))).ToList(),
            canFill, canReview, r.Version);
    }

    /// <summary>Saves what the unit typed; each value is checked against its field's type and limits.</summary>
    public async Task<ReturnDto> FillAsync(string id, ReturnFill input, CancellationToken ct)
    {
        await ApplyAsync(id, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Saves the values given (if any) and submits: every required field must hold a value.</summary>
    public async Task<ReturnDto> SubmitAsync(string id, ReturnFill input, CancellationToken ct)
    {
        var (r, form) = await ApplyAsync(id, input, ct);
        var values = r.ValueMap;
        var errors = new ValidationErrors();
        foreach (var field in form.FieldList.Where(f => f.Required && !values.ContainsKey(f.Key)))
            errors.Add($"values.{field.Key}", $"请填写{field.Label}");
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        r.Status = ReturnStatuses.Submitted;
        r.FirstSubmittedAt ??= now;
        r.SubmittedAt = now;
        r.SubmittedBy = me.UserName;
        r.SendBackReason = null;
        db.Add(new ReturnEvent { ReturnId = r.Id, Action = ReturnEvent.Submit, Revision = r.Revision, Data = r.Data, At = now, Actor = me.DisplayName });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Creates the caller's returns for the periods its forms ask of it now (each once, whoever comes first).</summary>
    /// <returns>The caller's unit, or null when it fills no returns.</returns>
    public async Task<FillerUnit?> OpenMineAsync(CancellationToken ct)
    {
        if (await units.MineAsync(ct) is not { } unit) return null;
        var today = clock.Today();
        var forms = (await db.Set<ReturnForm>().AsNoTracking().Where(f => f.Active).ToListAsync(ct))
            .Where(f => f.FillerList.Contains(unit.Kind) && f.Covers(unit.RegionCode)
                && (unit.Kind != FillerKinds.Office || (f.RegionCode.Length > 0 && f.RegionCode != unit.Id)))
            .ToList();
        if (forms.Count == 0) return unit;
        var formIds = forms.Select(f => f.Id).ToList();
        var have = await db.Set<PeriodicReturn>().AsNoTracking()
            .Where(r => formIds.Contains(r.FormId) && r.TargetKind == unit.Kind && r.TargetId == unit.Id)
            .Select(r => r.FormId + "|" + r.Period).ToListAsync(ct);
        var added = false;
        foreach (var form in forms)
        {
            foreach (var period in form.OpenPeriods(today).Where(p => !have.Contains(form.Id + "|" + p.Code)))
            {
                db.AddIfAbsent(new PeriodicReturn
                {
                    FormId = form.Id, Period = period.Code, RegionCode = unit.RegionCode, TargetKind = unit.Kind, TargetId = unit.Id, TargetName = unit.Name,
                    ReviewerRegion = ExpectedUnits.ReviewerOf(form, unit), DueOn = form.DueOn(period),
                    Data = PeriodicReturn.WriteValues(await prefill.ForAsync(form, unit, ct)), CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
                added = true;
            }
        }
        if (added) await db.SaveChangesAsync(ct);
        return unit;
    }

    private async Task<(PeriodicReturn, ReturnForm)> ApplyAsync(string id, ReturnFill input, CancellationToken ct)
    {
        var r = await db.Set<PeriodicReturn>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("报表");
        if (!units.IsMine(r)) throw DomainException.Forbidden("只有填报单位本身可以填写和提交报表");
        if (r.Status == ReturnStatuses.Accepted) throw DomainException.Conflict(Locked);
        if (r.Status == ReturnStatuses.Submitted) throw DomainException.Conflict(AwaitingReview);
        if (input.Version is { } version) db.ExpectVersion(r, version);
        var form = await db.Set<ReturnForm>().AsNoTracking().FirstAsync(f => f.Id == r.FormId, ct);
        var fields = form.FieldList.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var values = new Dictionary<string, string>(r.ValueMap, StringComparer.Ordinal);
        var errors = new ValidationErrors();
        foreach (var (key, value) in input.Values ?? new Dictionary<string, string?>())
        {
            if (!fields.TryGetValue(key, out var field))
            {
                errors.Add($"values.{key}", $"本报表没有填报项“{key}”");
                continue;
            }
            if (field.Validate(value, out var normalized) is { } error)
            {
                errors.Add($"values.{key}", error);
                continue;
            }
            if (normalized is null) values.Remove(key);
            else values[key] = normalized;
        }
        errors.ThrowIfAny();
        r.Data = PeriodicReturn.WriteValues(values);
        return (r, form);
    }

    private async Task<Dictionary<string, ReturnForm>> FormsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return await db.Set<ReturnForm>().AsNoTracking().Where(f => wanted.Contains(f.Id)).ToDictionaryAsync(f => f.Id, StringComparer.Ordinal, ct);
    }
}
