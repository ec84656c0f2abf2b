using Dudao.Data;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Logs;

/// <summary>
/// Names the records an audit page mentions (a school's name, an account's display name, a problem's
/// target), read through the caller's scope: a record the caller may not read keeps its id.
/// </summary>
internal sealed class AuditRecordNames(AppDbContext db)
{
    // The first of these a record type has is what it is called by.
    private static readonly string[] NameProperties = ["Name", "DisplayName", "TargetName"];

    public async Task<IReadOnlyDictionary<string, string>> NameAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        if (ids.Count == 0) return names;
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            if (NameProperties.Select(type.FindProperty).FirstOrDefault(p => p?.ClrType == typeof(string)) is not { } property) continue;
            var rows = await Named(type.ClrType, property.Name, ids).ToListAsync(ct);
            foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Name))) names.TryAdd(row.Id, row.Name!);
        }
        return names;
    }

    private sealed record IdName(string Id, string? Name);

    private IQueryable<IdName> Named(Type clrType, string nameProperty, IReadOnlyCollection<string> ids) =>
        (IQueryable<IdName>)typeof(AuditRecordNames).GetMethod(nameof(NamedOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(clrType).Invoke(this, [nameProperty, ids])!;

    private IQueryable<IdName> NamedOf<T>(string nameProperty, IReadOnlyCollection<string> ids) where T : class, IAudited =>
        db.Set<T>().AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new IdName(x.Id, EF.Property<string?>(x, nameProperty)));
}
