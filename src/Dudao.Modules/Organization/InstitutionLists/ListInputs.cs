namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>Putting an institution on a list: <c>list</c> is white or black, <c>on</c> the day of the decision.</summary>
public sealed record ListEntryInput(string? List, DateOnly? On, string? Reason);

/// <summary>Taking it off again, dated and with a reason.</summary>
public sealed record ListRemovalInput(DateOnly? On, string? Reason);

public sealed record ListEntryDto(string Id, string List, string ListLabel, DateOnly EnteredOn, string EntryReason, DateOnly? RemovedOn, string? RemovalReason)
{
    public static ListEntryDto From(Domain.InstitutionListEntry e) =>
        new(e.Id, e.List, Domain.InstitutionListEntry.Label(e.List), e.EnteredOn, e.EntryReason, e.RemovedOn, e.RemovalReason);
}
