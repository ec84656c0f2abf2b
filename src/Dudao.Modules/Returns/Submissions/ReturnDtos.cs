using Dudao.Modules.Returns.Domain;

namespace Dudao.Modules.Returns.Submissions;

/// <param name="TargetKind">The filling unit's kind: office, school, institution, department.</param>
/// <param name="OnTime">Whether its first submission came by the due day; null while never submitted.</param>
public sealed record ReturnListItem(string Id, string FormId, string FormName, string Period, string PeriodLabel, string RegionCode,
    string TargetKind, string TargetId, string TargetName, string Status, int Revision, DateOnly DueOn, DateTime? SubmittedAt, bool? OnTime);

/// <param name="Action">submit, send-back, accept, unlock.</param>
/// <param name="Values">The values at that step.</param>
public sealed record ReturnEventDto(string Action, int Revision, string? Reason, DateTime At, string Actor, IReadOnlyDictionary<string, string> Values);

/// <param name="Values">Field key → value as stored (numbers in invariant form, dates yyyy-MM-dd).</param>
/// <param name="CanFill">The caller is the unit and the return is open to it (draft or sent back).</param>
/// <param name="CanReview">The caller is the reviewing office and the return awaits review (or, accepted, may be unlocked).</param>
public sealed record ReturnDto(string Id, string FormId, string FormName, string PeriodKind, string Period, string PeriodLabel, string RegionCode,
    string TargetKind, string TargetId, string TargetName, string ReviewerRegion, string Status, int Revision, DateOnly DueOn,
    DateTime? FirstSubmittedAt, DateTime? SubmittedAt, bool? OnTime, string? SendBackReason, IReadOnlyList<ReturnField> Fields,
    IReadOnlyDictionary<string, string> Values, IReadOnlyList<ReturnEventDto> History, bool CanFill, bool CanReview, int Version);

/// <param name="Values">Field key → value; a key left out keeps its value, a blank value clears it.</param>
/// <param name="Version">The version read; a save over somebody else's answers 409.</param>
public sealed record ReturnFill(IReadOnlyDictionary<string, string?>? Values, int? Version);

public sealed record SendBackInput(string? Reason);

public sealed record UnlockInput(string? Reason);

/// <summary>The <c>?formId=&amp;period=&amp;regionCode=&amp;status=</c> filter of the return list.</summary>
public sealed record ReturnQuery(string? FormId, string? Period, string? RegionCode, string? Status, int? Page, int? PageSize);

public static class ReturnMapping
{
    public static ReturnListItem Item(PeriodicReturn r, ReturnForm form) =>
        new(r.Id, r.FormId, form.Name, r.Period, ReturnPeriod.Parse(form.PeriodKind, r.Period)?.Label ?? r.Period, r.RegionCode,
            r.TargetKind, r.TargetId, r.TargetName, r.Status, r.Revision, r.DueOn, r.SubmittedAt, r.FirstSubmittedAt is null ? null : r.OnTime);
}
