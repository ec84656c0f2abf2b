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
        if (dedupeKey is not null && await db.Set<Notice>().IgnoreQueryFilters().AnyAsync(n => n.DedupeKey == dedupeKey, ct)) return false;
        db.Add(new Notice
        {
            RegionCode = to.RegionCode, OrgKind = to.OrgKind, OrgRefId = to.OrgRefId, Title = title, Body = body, Link = link,
            DedupeKey = dedupeKey, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<PagedList<NoticeDto>> MineAsync(bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var query = await ForMyUnitAsync(ct);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).Skip(page.Skip).Take(page.PageSize)
            .Select(n => new NoticeDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return new PagedList<NoticeDto>(items, total, page.Page, page.PageSize);
    }

    public async Task MarkReadAsync(string id, CancellationToken ct)
    {
        var notice = await (await ForMyUnitAsync(ct)).FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw DomainException.NotFound("通知");
        notice.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private async Task<IQueryable<Notice>> ForMyUnitAsync(CancellationToken ct)
    {
        var user = await db.Set<User>().IgnoreQueryFilters().AsNoTracking().SingleAsync(u => u.Id == me.UserId, ct);
        // Notices are addressed to the exact unit, not its subtree: a city office does not get every school's reminders.
        return db.Set<Notice>().IgnoreQueryFilters()
            .Where(n => n.OrgKind == user.OrgKind && n.RegionCode == user.RegionCode && n.OrgRefId == user.OrgRefId);
    }
}
