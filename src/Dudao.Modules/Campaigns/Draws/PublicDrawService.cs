using System.Text;
using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Modules.Campaigns.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Campaigns.Draws;

public sealed record PublicDrawItem(string Id, string RegionCode, string RegionName, string Title, string Status, string TargetKind, int TargetCount,
    DateOnly SeedFixedOn, DateTime CreatedAt, DateTime? RunAt);

/// <summary>
/// 一公开: every draw, announced or run, for anyone without login — read past the data scope on purpose,
/// as the announcement, inputs, seed, result and outcomes are what the public is owed.
/// </summary>
public sealed class PublicDrawService(AppDbContext db, RegionDirectory regions)
{
    public async Task<PagedList<PublicDrawItem>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var draws = db.Set<Draw>().IgnoreQueryFilters().AsNoTracking();
        var total = await draws.CountAsync(ct);
        var rows = await draws.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(d => new { d.Id, d.RegionCode, d.Title, d.Status, d.TargetKind, d.TargetCount, d.SeedFixedOn, d.CreatedAt, d.RunAt }).ToListAsync(ct);
        var items = new List<PublicDrawItem>();
        foreach (var d in rows)
            items.Add(new(d.Id, d.RegionCode, await regions.NameAsync(d.RegionCode, ct) ?? d.RegionCode, d.Title, d.Status, d.TargetKind, d.TargetCount, d.SeedFixedOn, d.CreatedAt, d.RunAt));
        return new(items, total, page.Page, page.PageSize);
    }

    public async Task<DrawView> GetAsync(string id, CancellationToken ct) => await DrawViews.BuildAsync(db, regions, await FindAsync(id, ct), ct);

    /// <summary>The input document's UTF-8 bytes exactly as hashed: the file the recompute script reads.</summary>
    public async Task<byte[]> InputAsync(string id, CancellationToken ct) => Encoding.UTF8.GetBytes((await FindAsync(id, ct)).Input);

    /// <summary>The result document's UTF-8 bytes; 404 before the draw has run.</summary>
    public async Task<byte[]> ResultAsync(string id, CancellationToken ct) =>
        Encoding.UTF8.GetBytes((await FindAsync(id, ct)).Result ?? throw new DomainException(404, "该抽查尚未抽取，暂无结果"));

    private async Task<Draw> FindAsync(string id, CancellationToken ct) =>
        await db.Set<Draw>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new DomainException(404, "未找到该抽查");
}
