using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Intake;
using Dudao.Modules.Complaints.Triage;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>The staff queue and detail, within the caller's scope, most urgent deadline first.</summary>
public sealed class ComplaintQueries(AppDbContext db, RegionDirectory regions, HotTargets hot, TimeProvider clock)
{
    public async Task<PagedList<ComplaintListItem>> ListAsync(ComplaintFilter filter, PageRequest page, CancellationToken ct)
    {
        var regionCode = string.IsNullOrWhiteSpace(filter.RegionCode) ? db.User.RegionCode : filter.RegionCode.Trim();
        var (threshold, windowDays) = await hot.SettingsAsync(regionCode, ct);
        var query = await FilterAsync(db.Complaints().AsNoTracking(), filter, regionCode, ct);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(c => c.Status == ComplaintStatuses.Closed || c.Status == ComplaintStatuses.Rejected)
            .ThenBy(c => c.Status == ComplaintStatuses.Received ? (DateOnly?)c.AcceptDeadline : c.HandleDeadline)
            .ThenByDescending(c => c.SubmittedAt)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var counts = await hot.CountsAsync(rows.Select(r => r.TargetKey).Distinct().ToList(), windowDays, ct);
        var today = clock.Today();
        var items = new List<ComplaintListItem>(rows.Count);
        foreach (var c in rows)
        {
            var count = counts.GetValueOrDefault((c.RegionCode, c.TargetKey));
            var (deadline, daysLeft, overdue) = Countdown(c, today);
            items.Add(new ComplaintListItem(c.Id, c.RegionCode, await regions.NameAsync(c.RegionCode, ct), c.Channel, c.TargetKind, c.TargetName,
                c.MatchedName, c.Category, c.Status, c.SubmittedAt, c.Department, deadline, daysLeft, overdue, c.DuplicateOfId, count, count >= threshold, c.MatchedKind, c.MatchedId));
        }
        return new PagedList<ComplaintListItem>(items, total, page.Page, page.PageSize);
    }

    public async Task<ComplaintDto> GetAsync(string id, CancellationToken ct)
    {
        var c = await db.Complaints().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw Core.Errors.DomainException.NotFound("举报");
        var (threshold, windowDays) = await hot.SettingsAsync(c.RegionCode, ct);
        var count = await hot.CountAsync(c.RegionCode, c.TargetKey, windowDays, ct);
        var investigations = await db.Set<ComplaintInvestigation>().AsNoTracking().Where(i => i.ComplaintId == id).OrderBy(i => i.RecordedAt).ToListAsync(ct);
        var evidence = await db.Set<StoredFile>().AsNoTracking().Where(f => f.OwnerKind == EvidenceFiles.OwnerKind && f.OwnerId == id)
            .OrderBy(f => f.UploadedAt).Select(f => new EvidenceDto(f.Id, f.FileName, f.ContentType, f.Size)).ToListAsync(ct);
        var (deadline, daysLeft, overdue) = Countdown(c, clock.Today());
        return new ComplaintDto(c.Id, c.RegionCode, await regions.NameAsync(c.RegionCode, ct), c.Channel, c.TargetKind, c.TargetName,
            c.MatchedKind, c.MatchedId, c.MatchedName, c.Category, c.Content, c.Anonymous, c.Department, c.Status, c.SubmittedAt,
            c.AcceptDeadline, c.AcceptedAt, c.HandleDeadline, c.ExtendedDays, c.ExtensionReason, deadline, daysLeft, overdue, c.DuplicateOfId,
            count, count >= threshold, windowDays, c.Reply, c.RepliedAt, c.ClosedAt, investigations.Select(InvestigationDto.From).ToList(), evidence, c.Version,
            c.RejectionReason, c.RejectedAt, c.RejectedBy);
    }

    private static (DateOnly? Deadline, int? DaysLeft, bool Overdue) Countdown(Complaint c, DateOnly today) =>
        c.CurrentDeadline is { } d ? (d, d.DayNumber - today.DayNumber, d < today) : (null, null, false);

    private async Task<IQueryable<Complaint>> FilterAsync(IQueryable<Complaint> query, ComplaintFilter f, string regionCode, CancellationToken ct)
    {
        query = query.InRegion(f.RegionCode);
        if (!string.IsNullOrWhiteSpace(f.Status)) query = query.Where(c => c.Status == f.Status);
        if (!string.IsNullOrWhiteSpace(f.Category)) query = query.Where(c => c.Category == f.Category);
        if (!string.IsNullOrWhiteSpace(f.Channel)) query = query.Where(c => c.Channel == f.Channel);
        if (!string.IsNullOrWhiteSpace(f.Department)) query = query.Where(c => c.Department == f.Department);
        if (!string.IsNullOrWhiteSpace(f.Q)) query = query.Where(c => c.TargetName.Contains(f.Q.Trim()) || (c.MatchedName != null && c.MatchedName.Contains(f.Q.Trim())));
        if (f.Overdue == true)
        {
            var today = clock.Today();
            query = query.Where(c => (c.Status == ComplaintStatuses.Received && c.AcceptDeadline < today)
                                     || (c.Status == ComplaintStatuses.Accepted && c.HandleDeadline < today));
        }
        if (f.Hot == true)
        {
            var hotTargets = await hot.ListAsync(regionCode, ct);
            var keys = hotTargets.Select(h => h.TargetKey).ToList();
            var (_, windowDays) = await hot.SettingsAsync(regionCode, ct);
            var since = hot.Since(windowDays);
            query = query.Where(c => keys.Contains(c.TargetKey) && c.SubmittedAt >= since);
        }
        return query;
    }
}
