using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Reporter;

public sealed record ReporterDto(string Name, string Phone);

/// <summary>
/// Opens a named reporter's identity for a holder of <see cref="ComplaintsPermissions.RevealReporter"/>
/// who gives a reason. The audit entry (who, which complaint, why; never the identity itself) is
/// written before the identity is returned: no reveal without its trace.
/// </summary>
public sealed class ReporterReveal(AppDbContext db, ReporterCipher cipher, TimeProvider clock)
{
    public const string AuditAction = "reveal-reporter";

    public async Task<ReporterDto> RevealAsync(string complaintId, string? reason, CancellationToken ct)
    {
        if (!db.User.Has(ComplaintsPermissions.RevealReporter)) throw DomainException.Forbidden("您没有查看举报人身份的权限");
        var complaint = await db.FindComplaintAsync(complaintId, ct);
        if (string.IsNullOrWhiteSpace(reason)) throw ValidationFailedException.For("reason", "查看举报人身份须填写理由");
        ValidationFailedException.ThrowIf("reason", Check.Length(reason, ComplaintLimits.ReasonMax, "理由"));
        var reporter = await db.Set<ComplaintReporter>().AsNoTracking().FirstOrDefaultAsync(r => r.ComplaintId == complaint.Id, ct)
                       ?? throw new DomainException(404, "该举报为匿名举报，没有举报人身份信息");

        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserName = db.User.UserName, RegionCode = db.User.RegionCode, Action = AuditAction,
            EntityType = nameof(Complaint), EntityId = complaint.Id,
            Changes = JsonSerializer.Serialize(new { reason = reason.Trim() }, AuditJson),
        });
        await db.SaveChangesAsync(ct);
        var identity = cipher.Open(reporter.Sealed, complaint.Id);
        return new ReporterDto(identity.Name, identity.Phone);
    }

    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
