using Dudao.Core.Paging;
using Dudao.Data;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Logs;

/// <param name="Action">create | update | delete</param>
/// <param name="Changes">The written values as JSON (secrets left out by the interceptor).</param>
public sealed record AuditEntryDto(string Id, DateTime At, string UserName, string RegionCode, string Action, string EntityType,
    string EntityId, string? Changes)
{
    public static AuditEntryDto From(AuditEntry e) => new(e.Id, e.At, e.UserName, e.RegionCode, e.Action, e.EntityType, e.EntityId, e.Changes);
}

/// <summary>Reads the audit trail of the caller's subtree (entries are scoped by the acting account's region).</summary>
internal sealed class AuditLog(AppDbContext db)
{
    public Task<PagedList<AuditEntryDto>> ListAsync(LogFilter filter, string? entityType, string? entityId, PageRequest page, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType.Trim());
        if (!string.IsNullOrWhiteSpace(entityId)) query = query.Where(e => e.EntityId == entityId.Trim());
        return filter.PageAsync(query, page, AuditEntryDto.From, ct);
    }

    /// <summary>Every audited record type, from the model rather than a scan of the log.</summary>
    public IReadOnlyList<string> RecordTypes() =>
        db.Model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType)).Select(t => t.ClrType.Name).Order().ToList();
}
