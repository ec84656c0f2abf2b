using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Complaints;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Organization;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Profiles.Search;

/// <summary>
/// One box for staff: schools and institutions by name or code, problems by target or description,
/// a complaint by its receipt code. Every query runs through the caller's scope filters, so a
/// record outside the subtree is simply not found; each kind also needs the permission its own list needs.
/// </summary>
public sealed class SearchService(AppDbContext db, ICurrentUser me, RegionDirectory regions)
{
    public const int MaxLength = 50;
    private const int Shown = 20;

    public async Task<SearchResults> SearchAsync(string? q, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        ValidationFailedException.ThrowIf("q", text.Length == 0 ? "请输入要搜索的学校、机构、问题或举报回执码" : Check.Length(text, MaxLength, "搜索内容"));
        var registry = me.Has(OrganizationPermissions.View);
        return new SearchResults(text,
            registry ? await SchoolsAsync(text, ct) : SearchGroup.None,
            registry ? await InstitutionsAsync(text, ct) : SearchGroup.None,
            me.Has(RectificationPermissions.View) ? await ProblemsAsync(text, ct) : SearchGroup.None,
            // A school's or institution's own account never reads reports about it (ComplaintsPermissions).
            me.Has(ComplaintsPermissions.View) && me.Scope.TargetId is null ? await ComplaintAsync(text, ct) : SearchGroup.None);
    }

    private async Task<SearchGroup> SchoolsAsync(string q, CancellationToken ct)
    {
        var rows = await db.Set<School>().AsNoTracking().Where(s => s.Name.Contains(q) || s.Code == q)
            .OrderBy(s => s.Name).Take(Shown + 1).ToListAsync(ct);
        return await GroupAsync(rows, async s => new SearchHit(s.Id, s.Name, $"{s.Code} · {s.Type} · {await RegionAsync(s.RegionCode, ct)}", s.RegionCode));
    }

    private async Task<SearchGroup> InstitutionsAsync(string q, CancellationToken ct)
    {
        var code = q.ToUpperInvariant();
        var rows = await db.Set<Institution>().AsNoTracking().Where(i => i.Name.Contains(q) || i.Uscc == code)
            .OrderBy(i => i.Name).Take(Shown + 1).ToListAsync(ct);
        return await GroupAsync(rows, async i => new SearchHit(i.Id, i.Name, $"{i.Uscc} · {i.Category} · {i.Status} · {await RegionAsync(i.RegionCode, ct)}", i.RegionCode));
    }

    private async Task<SearchGroup> ProblemsAsync(string q, CancellationToken ct)
    {
        var rows = await db.Set<Problem>().AsNoTracking().Where(p => p.TargetName.Contains(q) || p.Description.Contains(q))
            .OrderByDescending(p => p.CreatedAt).Take(Shown + 1).ToListAsync(ct);
        return await GroupAsync(rows, p => Task.FromResult(new SearchHit(p.Id, Shorten(p.Description),
            $"{p.TargetName} · {p.Category} · {ProblemStatuses.Label(p.Status)} · 期限 {p.Deadline:yyyy-MM-dd}", p.RegionCode)));
    }

    /// <summary>Only a whole receipt code finds a report: its hash is looked up, within the caller's scope.</summary>
    private async Task<SearchGroup> ComplaintAsync(string q, CancellationToken ct)
    {
        var code = ReceiptCodes.Normalize(q);
        if (!ReceiptCodes.IsWellFormed(code)) return SearchGroup.None;
        var hash = ReceiptCodes.Hash(code);
        var c = await db.Set<Complaint>().AsNoTracking().FirstOrDefaultAsync(c => c.ReceiptHash == hash, ct);
        return c is null ? SearchGroup.None : new SearchGroup([new SearchHit(c.Id, c.Category,
            $"{c.MatchedName ?? c.TargetName} · {ComplaintStatuses.Label(c.Status)} · {await RegionAsync(c.RegionCode, ct)}", c.RegionCode)], false);
    }

    private static async Task<SearchGroup> GroupAsync<T>(List<T> rows, Func<T, Task<SearchHit>> hit)
    {
        var items = new List<SearchHit>(Math.Min(rows.Count, Shown));
        foreach (var row in rows.Take(Shown)) items.Add(await hit(row));
        return new SearchGroup(items, rows.Count > Shown);
    }

    private async Task<string> RegionAsync(string code, CancellationToken ct) => await regions.NameAsync(code, ct) ?? code;

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
