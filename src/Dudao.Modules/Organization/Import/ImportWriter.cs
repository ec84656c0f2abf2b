using Dudao.Core.Entities;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// Bulk writes inside the import's transaction, bypassing the change tracker: new rows stream in as
/// they are read, updates go in one batch at the end. Disposing before completion abandons the rows.
/// </summary>
internal abstract class ImportWriter<TEntity> : IAsyncDisposable where TEntity : class, IVersioned
{
    public static async Task<ImportWriter<TEntity>> OpenAsync(AppDbContext db, IReadOnlyCollection<string> keptOnUpdate, CancellationToken ct)
    {
        var table = EntityTable<TEntity>.For(db, keptOnUpdate);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql) return await PostgresImportWriter<TEntity>.OpenAsync(npgsql, table, ct);
        var tx = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Imports write inside a transaction");
        return await SqliteImportWriter<TEntity>.OpenAsync(connection, tx, table, ct);
    }

    public abstract void Insert(TEntity entity);

    public abstract Task CompleteInsertsAsync(CancellationToken ct);

    public abstract Task UpdateAsync(IReadOnlyList<TEntity> entities, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
