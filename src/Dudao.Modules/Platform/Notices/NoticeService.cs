using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Notices;

/// <param name="ReadAt">When the caller read it; null while unread (another account of the unit reading it does not count).</param>
public sealed record NoticeDto(string Id, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>Sends notices to units and lists the signed-in account's unit's notices, read or unread by that account.</summary>
public sealed class NoticeService(AppDbContext db, ICurrentUser me, TimeProvider clock)
{
    /// <summary>
    /// Adds a notice to the caller's unit of work; it commits with the change that caused it when the
    /// caller saves, or not at all. A notice with a dedupe key is inserted only if no notice has the key,
    /// and never fails the change: a key taken meanwhile (two complaints making a target hot at once) is
    /// skipped, and a failure to store it is logged while the change commits.
    /// </summary>
    /// <returns>false when a notice with the same dedupe key was sent already or is waiting in this unit of work.</returns>
    public async Task<bool> SendAsync(NoticeRecipient to, string title, string body, string? link, string? dedupeKey, CancellationToken ct)
    {
        var notice = new Notice
        {
            RegionCode = to.RegionCode, OrgKind = to.OrgKind, OrgRefId = to.OrgRefId, Title = title, Body = body, Link = link,
            DedupeKey = dedupeKey, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (dedupeKey is null)
        {
            db.Add(notice);
            return true;
        }
        if (db.AddedIfAbsent<Notice>().Any(n => n.DedupeKey == dedupeKey)
            || await db.Set<Notice>().IgnoreQueryFilters().AnyAsync(n => n.DedupeKey == dedupeKey, ct))
        {
            return false;
        }
        db.AddIfAbsent(notice, optional: true);
        return true;
    }

    public async Task<PagedList<NoticeDto>> MineAsync(bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var query = ForMyUnit();
        if (unreadOnly) query = query.Where(n => !MyReads().Any(r => r.NoticeId == n.Id));
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(n => new NoticeDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt,
                MyReads().Where(r => r.NoticeId == n.Id).Select(r => (DateTime?)r.ReadAt).FirstOrDefault()))
            .ToListAsync(ct);
        return new PagedList<NoticeDto>(items, total, page.Page, page.PageSize);
    }

    /// <summary>The caller's unread notices, for the badge in the top bar.</summary>
    public Task<int> UnreadCountAsync(CancellationToken ct) => ForMyUnit().CountAsync(n => !MyReads().Any(r => r.NoticeId == n.Id), ct);

    /// <summary>Marks a notice of the caller's unit read for the caller alone; reading it again keeps the first time.</summary>
    public async Task MarkReadAsync(string id, CancellationToken ct)
    {
        if (!await ForMyUnit().AnyAsync(n => n.Id == id, ct)) throw DomainException.NotFound("通知");
        if (await MyReads().AnyAsync(r => r.NoticeId == id, ct)) return;
        db.AddIfAbsent(new NoticeRead { NoticeId = id, UserId = me.UserId!, ReadAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }

    // Notices are addressed to the exact unit, not its subtree: a city office does not get every school's reminders.
    // The system has no account, so it has no unit of its own to read for.
    private IQueryable<Notice> ForMyUnit() => me.UserId is null
        ? db.Set<Notice>().Where(_ => false)
        : db.Set<Notice>().IgnoreQueryFilters().Where(n => n.OrgKind == me.OrgKind && n.RegionCode == me.RegionCode && n.OrgRefId == me.OrgRefId);

    private IQueryable<NoticeRead> MyReads() => db.Set<NoticeRead>().Where(r => r.UserId == me.UserId);
}
