using Dudao.Core.Scope;

namespace Dudao.Modules.Platform.Notices;

/// <summary>
/// A message to an org unit (an office, a department, a school, an institution, an inspector):
/// due-soon and overdue reminders, coverage gaps, escalations. Every account of the unit sees it and
/// reads it for itself (<see cref="NoticeRead"/>).
/// </summary>
public sealed class Notice : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The recipient unit's region (for an office or department, its own level).</summary>
    public string RegionCode { get; init; } = "";
    public string OrgKind { get; init; } = "";
    public string? OrgRefId { get; init; }
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Link { get; init; }

    /// <summary>Makes a repeated job run send a notice only once, e.g. "overdue:{problemId}".</summary>
    public string? DedupeKey { get; init; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>One account has read one notice: a unit's notice stays unread for its other accounts.</summary>
public sealed class NoticeRead
{
    public string NoticeId { get; init; } = "";
    public string UserId { get; init; } = "";
    public DateTime ReadAt { get; init; }
}

/// <summary>Who a notice is for: an org unit as accounts are bound to them.</summary>
public sealed record NoticeRecipient(string OrgKind, string RegionCode, string? OrgRefId);
