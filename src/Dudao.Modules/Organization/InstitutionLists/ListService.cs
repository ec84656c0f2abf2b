using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Institutions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>Entry to and removal from the public white and black lists, each dated and with its reason, by those who keep the registry.</summary>
public sealed class ListService(AppDbContext db, TimeProvider clock)
{
    public const int ReasonLength = 500;

    /// <summary>The institution's stays on either list, newest first.</summary>
    public async Task<IReadOnlyList<ListEntryDto>> EntriesAsync(string institutionId, CancellationToken ct)
    {
        _ = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw NotFound();
        var entries = await db.Set<InstitutionListEntry>().AsNoTracking().Where(e => e.TargetId == institutionId).ToListAsync(ct);
        return [.. entries.OrderByDescending(e => e.EnteredOn).ThenByDescending(e => e.RemovedOn ?? DateOnly.MaxValue).Select(ListEntryDto.From)];
    }

    /// <summary>The current list stay of each institution that has one, for a registry page.</summary>
    public async Task<IReadOnlyDictionary<string, ListEntryDto>> CurrentOfAsync(IReadOnlyCollection<string> institutionIds, CancellationToken ct) =>
        (await db.Set<InstitutionListEntry>().AsNoTracking().Where(e => e.RemovedOn == null && institutionIds.Contains(e.TargetId)).ToListAsync(ct))
        .ToDictionary(e => e.TargetId, ListEntryDto.From);

    public async Task<IReadOnlyList<ListEntryDto>> EnterAsync(string institutionId, ListEntryInput input, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw NotFound();
        await InstitutionRegistrar.CheckAsync(db, ct);
        var current = await CurrentAsync(institutionId, ct);
        var errors = new ValidationErrors();
        var list = input.List?.Trim() ?? "";
        if (!InstitutionListEntry.Lists.Contains(list)) errors.Add("list", Check.NotOneOfCodes("名单", InstitutionListEntry.Lists));
        else if (current?.List == list) errors.Add("list", $"该机构已在{InstitutionListEntry.Label(list)}中（{current.EnteredOn:yyyy-MM-dd}列入）");
        else if (current?.List == InstitutionListEntry.Black) errors.Add("list", "该机构在黑名单中，请先移出黑名单");
        else errors.AddIf("list", ListCriteria.Refusal(institution, list));
        CheckDateAndReason(input.On, input.Reason, current?.List == InstitutionListEntry.White ? current.EnteredOn : null, errors);
        errors.ThrowIfAny();

        if (current is not null)
        {
            // Entering the black list ends a stay on the white one the same day.
            (current.RemovedOn, current.RemovalReason, current.RemovedBy) = (input.On, "列入黑名单", db.User.UserName);
        }
        db.Add(new InstitutionListEntry
        {
            RegionCode = institution.RegionCode, TargetId = institution.Id, List = list, EnteredOn = input.On!.Value,
            EntryReason = input.Reason!.Trim(), EnteredBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
        return await EntriesAsync(institutionId, ct);
    }

    public async Task<IReadOnlyList<ListEntryDto>> RemoveAsync(string institutionId, ListRemovalInput input, CancellationToken ct)
    {
        _ = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct) ?? throw NotFound();
        await InstitutionRegistrar.CheckAsync(db, ct);
        var current = await CurrentAsync(institutionId, ct) ?? throw DomainException.Conflict("该机构不在白名单或黑名单中");
        var errors = new ValidationErrors();
        CheckDateAndReason(input.On, input.Reason, current.EnteredOn, errors);
        errors.ThrowIfAny();
        (current.RemovedOn, current.RemovalReason, current.RemovedBy) = (input.On, input.Reason!.Trim(), db.User.UserName);
        await db.SaveChangesAsync(ct);
        return await EntriesAsync(institutionId, ct);
    }

    private Task<InstitutionListEntry?> CurrentAsync(string institutionId, CancellationToken ct) =>
        db.Set<InstitutionListEntry>().FirstOrDefaultAsync(e => e.TargetId == institutionId && e.RemovedOn == null, ct);

    private void CheckDateAndReason(DateOnly? on, string? reason, DateOnly? notBefore, ValidationErrors errors)
    {
        if (on is not { } date) errors.Add("on", "请填写日期");
        else if (date > clock.Today()) errors.Add("on", "日期不能晚于今天");
        else if (notBefore is { } earliest && date < earliest) errors.Add("on", $"日期不能早于列入日期（{earliest:yyyy-MM-dd}）");
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", "请填写原因");
        else errors.AddIf("reason", Check.Length(reason, ReasonLength, "原因"));
    }

    private static DomainException NotFound() => DomainException.NotFound("培训机构");
}
