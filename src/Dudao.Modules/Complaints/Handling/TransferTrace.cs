using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Queue;
using Dudao.Modules.Organization.Regions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Handling;

/// <summary>One 转办 as a trace shows it; <c>status</c> is the complaint's status now, wherever it is handled.</summary>
public sealed record TransferDto(string Id, string ComplaintId, string TargetName, string Category, DateTime SubmittedAt, string FromRegionCode,
    string? FromRegionName, string FromDepartment, string ToRegionCode, string? ToRegionName, string ToDepartment, string? Reason,
    DateTime TransferredAt, string TransferredBy, string Status);

/// <summary>
/// The read-only trace of 转办: the complaints the caller's offices gave to another county (kept after the
/// complaint left their scope), and the moves of one complaint the caller may read.
/// </summary>
public sealed class TransferTrace(AppDbContext db, RegionDirectory regions)
{
    /// <summary>Complaints given to another county from within the caller's scope, newest first.</summary>
    public async Task<PagedList<TransferDto>> SentAwayAsync(PageRequest page, CancellationToken ct)
    {
        var query = db.Set<ComplaintTransfer>().AsNoTracking().Where(t => t.ToRegionCode != t.RegionCode);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(t => t.TransferredAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedList<TransferDto>(await DtosAsync(rows, ct), total, page.Page, page.PageSize);
    }

    /// <summary>Every move of a complaint in the caller's scope, oldest first (404 when it is not).</summary>
    public async Task<IReadOnlyList<TransferDto>> OfComplaintAsync(string complaintId, CancellationToken ct)
    {
        _ = await db.FindComplaintAsync(complaintId, ct);
        // The moves made before it reached this county are the sending office's rows: read past the filter, for this complaint only.
        var rows = await db.Set<ComplaintTransfer>().IgnoreQueryFilters().AsNoTracking().Where(t => t.ComplaintId == complaintId)
            .OrderBy(t => t.TransferredAt).ToListAsync(ct);
        return await DtosAsync(rows, ct);
    }

    private async Task<IReadOnlyList<TransferDto>> DtosAsync(List<ComplaintTransfer> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ComplaintId).Distinct().ToList();
        // Only the status crosses the scope: the sending office learns whether the complaint was dealt with, nothing more.
        var statuses = await db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Status }).ToDictionaryAsync(c => c.Id, c => c.Status, ct);
        var items = new List<TransferDto>(rows.Count);
        foreach (var t in rows)
        {
            items.Add(new TransferDto(t.Id, t.ComplaintId, t.TargetName, t.Category, t.SubmittedAt, t.RegionCode, await regions.NameAsync(t.RegionCode, ct),
                t.FromDepartment, t.ToRegionCode, await regions.NameAsync(t.ToRegionCode, ct), t.ToDepartment, t.Reason, t.TransferredAt, t.TransferredBy,
                statuses.GetValueOrDefault(t.ComplaintId, "")));
        }
        return items;
    }
}
