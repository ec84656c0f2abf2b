using System.Text.Json;
using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Data.Audit;

/// <summary>Writes an audit entry for every create, update and delete of an <see cref="IAudited"/> entity, in the same transaction.</summary>
public sealed class AuditInterceptor(TimeProvider clock, ICurrentUser actor) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries<IAudited>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                At = now,
                UserName = actor.UserName,
                RegionCode = actor.RegionCode,
                Action = e.State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" },
                EntityType = e.Metadata.ClrType.Name,
                EntityId = e.Entity.Id,
                Changes = Describe(e),
            })
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    private static string? Describe(EntityEntry entry)
    {
        var changed = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .Where(p => !p.Metadata.Name.Contains("Password", StringComparison.Ordinal)
                        && !p.Metadata.Name.Contains("Stamp", StringComparison.Ordinal)
                        && !p.Metadata.Name.Contains("Key", StringComparison.Ordinal))
            .ToDictionary(p => p.Metadata.Name, p => entry.State switch
            {
                EntityState.Deleted => p.OriginalValue,
                // An update keeps what the field held, so the log reads "old → new" without replaying the record's history.
                EntityState.Modified => new Dictionary<string, object?> { ["old"] = p.OriginalValue, ["new"] = p.CurrentValue },
                _ => p.CurrentValue,
            });
        return changed.Count == 0 ? null : JsonSerializer.Serialize(changed, Json);
    }
}
