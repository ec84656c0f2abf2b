using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Public;

/// <summary>What a receipt code shows: the status, when it was submitted, and the reply. Nothing internal, no identity.</summary>
public sealed record PublicStatusDto(string Status, DateTime SubmittedAt, string? Reply);

public sealed class ReceiptLookup(AppDbContext db)
{
    public async Task<PublicStatusDto> FindAsync(string? receiptCode, CancellationToken ct)
    {
        var code = ReceiptCodes.Normalize(receiptCode);
        if (!ReceiptCodes.IsWellFormed(code)) throw NotFound();
        var hash = ReceiptCodes.Hash(code);
        // The public caller has no scope: the code itself is the authority to read this one status.
        return await db.Set<Complaint>().IgnoreQueryFilters().AsNoTracking().Where(c => c.ReceiptHash == hash)
                   .Select(c => new PublicStatusDto(c.Status, c.SubmittedAt, c.Reply)).FirstOrDefaultAsync(ct)
               ?? throw NotFound();
    }

    private static DomainException NotFound() => new(404, "未找到该回执码对应的举报，请核对回执码（共20位）");
}
