using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Public;

/// <summary>
/// What a receipt code shows, as the public contract has it: the status, when it was submitted, and the reply —
/// for a report not accepted (不予受理), the reason is the reply. Nothing internal, no identity.
/// </summary>
public sealed record PublicStatusDto(string Status, DateTime SubmittedAt, string? Reply);

/// <summary>
/// What the lookup page shows a reporter: the steps so far with their times and the deadline that runs
/// now. Routing happens on receipt, so it shares the submission time; no department or person is named.
/// </summary>
public sealed record PublicTimelineDto(string Status, DateTime SubmittedAt, DateTime? AcceptedAt, DateTime? RepliedAt, DateTime? ClosedAt,
    DateOnly? Deadline, string? Reply, DateTime? RejectedAt = null, string? RejectionReason = null);

public sealed class ReceiptLookup(AppDbContext db)
{
    public async Task<PublicStatusDto> FindAsync(string? receiptCode, CancellationToken ct)
    {
        var t = await TimelineAsync(receiptCode, ct);
        return new PublicStatusDto(t.Status, t.SubmittedAt, t.Reply ?? t.RejectionReason);
    }

    public async Task<PublicTimelineDto> TimelineAsync(string? receiptCode, CancellationToken ct)
    {
        var code = ReceiptCodes.Normalize(receiptCode);
        if (!ReceiptCodes.IsWellFormed(code)) throw NotFound();
        var hash = ReceiptCodes.Hash(code);
        // The public caller has no scope: the code itself is the authority to read this one status.
        var c = await db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking().Where(c => c.ReceiptHash == hash)
                    .Select(c => new { c.Status, c.SubmittedAt, c.AcceptedAt, c.RepliedAt, c.ClosedAt, c.AcceptDeadline, c.HandleDeadline, c.Reply, c.RejectedAt, c.RejectionReason })
                    .FirstOrDefaultAsync(ct)
                ?? throw NotFound();
        var deadline = c.Status switch
        {
            ComplaintStatuses.Received => c.AcceptDeadline,
            ComplaintStatuses.Accepted => c.HandleDeadline,
            _ => (DateOnly?)null,
        };
        return new PublicTimelineDto(c.Status, c.SubmittedAt, c.AcceptedAt, c.RepliedAt, c.ClosedAt, deadline, c.Reply, c.RejectedAt, c.RejectionReason);
    }

    private static DomainException NotFound() => new(404, "未找到该回执码对应的举报，请核对回执码（共20位）");
}
