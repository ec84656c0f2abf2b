using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Institutions;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.InstitutionHistory;

/// <summary>An institution's life as dated steps: reads its history and records the next step, refusing those the lifecycle does not allow.</summary>
public sealed class TransitionService(AppDbContext db, RegionDirectory regions, FileStore files, TimeProvider clock)
{
    public async Task<InstitutionHistoryDto> GetAsync(string id, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        return await DtoAsync(institution, ct);
    }

    /// <summary>Whether the caller keeps the registry (the office, or a department with institutions in its remit), so a page offers the forms.</summary>
    public Task<bool> MayManageAsync(CancellationToken ct) => InstitutionRegistrar.MayManageAsync(db, ct);

    /// <param name="document">The decision (批复, 决定书) to keep with the step, if any.</param>
    public async Task<InstitutionHistoryDto> TransitionAsync(string id, TransitionInput input, Upload? document, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        await InstitutionRegistrar.CheckAsync(db, ct);
        var errors = new ValidationErrors();
        var to = input.To?.Trim() ?? "";
        if (to.Length == 0) errors.Add("to", "请选择变更类型");
        else if (!InstitutionLifecycle.Steps.Contains(to)) errors.Add("to", Check.NotOneOf("变更类型", InstitutionLifecycle.Steps));
        else errors.AddIf("to", InstitutionLifecycle.Refusal(institution, to));

        // Steps are replayed in date order, so a step may not predate the last one; the registration is no step of the institution's own.
        var latest = await db.Set<InstitutionEvent>().Where(e => e.TargetId == id && e.Kind != InstitutionEventKinds.Register)
            .MaxAsync(e => (DateOnly?)e.OccurredOn, ct);
        if (input.On is not { } on) errors.Add("on", "请填写发生日期");
        else if (on > clock.Today()) errors.Add("on", "发生日期不能晚于今天");
        else if (latest is { } last && on < last) errors.Add("on", $"发生日期不能早于上一次变更（{last:yyyy-MM-dd}）");
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add("reason", "请填写原因或依据");
        else errors.AddIf("reason", Check.Length(input.Reason, TransitionInput.ReasonLength, "原因"));

        var change = to == InstitutionLifecycle.Change ? InstitutionChange.Of(institution, input, db.User.Scope, errors) : null;
        var checkedFiles = document is null ? [] : await FileStore.ReadAllAsync([document], "document", errors, ct);
        errors.ThrowIfAny();

        var stepId = Core.Ids.New();
        var step = new InstitutionEvent
        {
            Id = stepId, RegionCode = institution.RegionCode, TargetId = institution.Id, OccurredOn = input.On!.Value, Reason = input.Reason!.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = db.User.UserName,
            StatusBefore = institution.Status, LicenceBefore = institution.Licence, CategoryBefore = institution.Category,
            DocumentId = checkedFiles.Count == 0 ? null : files.Add(checkedFiles[0], InstitutionEventFiles.OwnerKind, stepId, institution.RegionCode, institution.Id).Id,
            Kind = to switch
            {
                _ when InstitutionLifecycle.IsStatus(to) => InstitutionEventKinds.Status,
                _ when InstitutionLifecycle.IsLicence(to) => InstitutionEventKinds.Licence,
                InstitutionLifecycle.Found => InstitutionEventKinds.Found,
                _ => InstitutionEventKinds.Change,
            },
            FromState = InstitutionLifecycle.IsStatus(to) ? institution.Status : InstitutionLifecycle.IsLicence(to) ? institution.Licence : change?.FromCategory,
            ToState = InstitutionLifecycle.IsStatus(to) || InstitutionLifecycle.IsLicence(to) ? to : change?.ToCategory,
            Details = change?.Details,
        };
        if (InstitutionLifecycle.IsStatus(to)) institution.Status = to;
        else if (InstitutionLifecycle.IsLicence(to)) institution.Licence = to;
        change?.ApplyTo(institution);
        if (InstitutionLifecycle.Exits.Contains(to)) await LeaveWhiteListAsync(institution, step, ct);
        db.Add(step);
        await db.SaveChangesAsync(ct);
        return await DtoAsync(institution, ct);
    }

    /// <summary>An institution that stops training no longer meets the white list's criteria: its stay ends on the same day.</summary>
    private async Task LeaveWhiteListAsync(Institution institution, InstitutionEvent step, CancellationToken ct)
    {
        var white = await db.Set<InstitutionListEntry>()
            .FirstOrDefaultAsync(e => e.TargetId == institution.Id && e.List == InstitutionListEntry.White && e.RemovedOn == null, ct);
        if (white is null) return;
        (white.RemovedOn, white.RemovalReason, white.RemovedBy) = (step.OccurredOn, $"机构{institution.Status}", step.RecordedBy);
    }

    private async Task<InstitutionHistoryDto> DtoAsync(Institution institution, CancellationToken ct)
    {
        var history = await db.Set<InstitutionEvent>().AsNoTracking().Where(e => e.TargetId == institution.Id).ToListAsync(ct);
        return InstitutionHistoryDto.From(institution, await regions.NameAsync(institution.RegionCode, ct), history);
    }

    private static DomainException NotFound() => DomainException.NotFound("培训机构");
}
