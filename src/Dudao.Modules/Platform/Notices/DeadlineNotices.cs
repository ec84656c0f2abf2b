using Dudao.Core.Time;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Rules;

namespace Dudao.Modules.Platform.Notices;

/// <summary>A notice's title and body.</summary>
public sealed record NoticeText(string Title, string Body);

/// <summary>
/// One running deadline as a deadline job sees it.
/// </summary>
/// <param name="Key">Names the record, its stage and the deadline itself, so a new deadline (an extension, the next stage) is reminded again.</param>
/// <param name="DueSoonRule">The region's rule for how many working days ahead to remind.</param>
/// <param name="Handler">Who must act by the deadline.</param>
/// <param name="Overseer">Who is also told once it has passed (the county office, the issuer); no second notice when it is the handler.</param>
/// <param name="OverseerKey">Tells the overseer's notice apart from the handler's (<c>office</c>, <c>issuer</c>).</param>
public sealed record DeadlineReminder(string Key, DateOnly Deadline, string RegionCode, string DueSoonRule, string Link,
    NoticeRecipient Handler, NoticeText DueSoon, NoticeText Overdue, NoticeRecipient? Overseer = null, string OverseerKey = "overseer");

public enum DeadlineNotice
{
    None,
    DueSoon,
    Overdue,
}

/// <summary>
/// What every deadline job does with each open record: a few working days before its deadline (the
/// region's rule) the handler is reminded once; once it has passed the handler and the overseer are told
/// once. Notices are added to the job's unit of work; the job saves.
/// </summary>
public sealed class DeadlineNotices(NoticeService notices, RuleService rules, WorkCalendar calendar, TimeProvider clock)
{
    /// <summary>Wider than the longest due-soon window a region may set (10 working days, with a week-long holiday).</summary>
    public const int HorizonDays = 30;

    private readonly Dictionary<(string Rule, string Region, DateOnly Today), DateOnly> _dueSoonBy = [];

    public DateOnly Today => clock.Today();

    /// <summary>The latest deadline a run needs to look at.</summary>
    public DateOnly Horizon => Today.AddDays(HorizonDays);

    /// <returns>Which notice went to the handler, if any (none when it was sent before).</returns>
    public async Task<DeadlineNotice> RemindAsync(DeadlineReminder r, CancellationToken ct)
    {
        if (r.Deadline < Today)
        {
            var sent = await notices.SendAsync(r.Handler, r.Overdue.Title, r.Overdue.Body, r.Link, r.Key + ":overdue", ct);
            if (r.Overseer is { } overseer && overseer != r.Handler)
                await notices.SendAsync(overseer, r.Overdue.Title, r.Overdue.Body, r.Link, $"{r.Key}:overdue:{r.OverseerKey}", ct);
            return sent ? DeadlineNotice.Overdue : DeadlineNotice.None;
        }
        return r.Deadline <= await DueSoonByAsync(r.DueSoonRule, r.RegionCode, ct)
               && await notices.SendAsync(r.Handler, r.DueSoon.Title, r.DueSoon.Body, r.Link, r.Key + ":due-soon", ct)
            ? DeadlineNotice.DueSoon
            : DeadlineNotice.None;
    }

    private async Task<DateOnly> DueSoonByAsync(string rule, string regionCode, CancellationToken ct)
    {
        var today = Today;
        if (!_dueSoonBy.TryGetValue((rule, regionCode, today), out var by))
            _dueSoonBy[(rule, regionCode, today)] = by = await calendar.AddWorkingDaysAsync(today, await rules.GetAsync(rule, regionCode, ct), ct);
        return by;
    }
}
