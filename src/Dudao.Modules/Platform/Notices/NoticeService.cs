using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Notices;

public sealed record NoticeDto(string Id, string Title, string Body, string? Link, DateTime CreatedAt, bool Read);

/// <summary>Sends notices to units and lists the signed-in account's unit's notices.</summary>
public sealed class NoticeService(AppDbContext db, ICurrentUser me, TimeProvider clock)
{
    /// <returns>false when a notice with the same dedupe key was already sent.</returns>
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
            await db.SaveChangesAsync(ct);
            return true;
        }
        // Insert if absent, in one statement: two requests reaching the same key at once (two complaints making a
        // target hot) must not fail the second on the unique index; its notice was simply sent already.
        // The same SQL on SQLite and PostgreSQL. Like the unkeyed path, it first saves what the caller added.
        await db.SaveChangesAsync(ct);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO notices (id, region_code, org_kind, org_ref_id, title, body, link, dedupe_key, created_at)
            VALUES ({notice.Id}, {notice.RegionCode}, {notice.OrgKind}, {notice.OrgRefId}, {notice.Title}, {notice.Body}, {notice.Link},
                    {notice.DedupeKey}, {notice.CreatedAt})
            ON CONFLICT (dedupe_key) DO NOTHING
            """, ct);
        return inserted == 1;
    }

    public async Task<PagedList<NoticeDto>> MineAsync(bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var query = ForMyUnit();
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).Skip(page.Skip).Take(page.PageSize)
            .Select(n => new NoticeDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return new PagedList<NoticeDto>(items, total, page.Page, page.PageSize);
    }

    public async Task MarkReadAsync(string id, CancellationToken ct)
    {
        var notice = await ForMyUnit().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw DomainException.NotFound("通知");
        notice.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    // Notices are addressed to the exact unit, not its subtree: a city office does not get every school's reminders.
    private IQueryable<Notice> ForMyUnit() =>
        db.Set<Notice>().IgnoreQueryFilters().Where(n => n.OrgKind == me.OrgKind && n.RegionCode == me.RegionCode && n.OrgRefId == me.OrgRefId);
}
