using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>Staff reach complaints only through here: inside their scope, and never as the account of a school or institution.</summary>
internal static class ComplaintAccess
{
    public static IQueryable<Complaint> Complaints(this AppDbContext db)
    {
        // A target's own account must never read reports, whatever roles it was given.
        if (db.User.Scope.TargetId is not null) throw DomainException.Forbidden("学校和培训机构账号不能查看举报");
        return db.Set<Complaint>();
    }

    public static async Task<Complaint> FindComplaintAsync(this AppDbContext db, string id, CancellationToken ct) =>
        await db.Complaints().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("举报");
}
