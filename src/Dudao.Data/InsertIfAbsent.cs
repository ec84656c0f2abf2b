using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Dudao.Data;

/// <summary>
/// One row inserted unless its key or a unique index is taken: <c>INSERT … ON CONFLICT DO NOTHING</c>,
/// the same SQL on SQLite and PostgreSQL, with columns and parameters from the EF model so that it
/// follows the entity's configuration.
/// </summary>
internal static class InsertIfAbsent
{
    private const string Savepoint = "insert_if_absent";

    /// <summary>
    /// Like <see cref="ExecuteAsync"/> inside the save's transaction, but a failure rolls back to a savepoint
    /// and is logged, so the rest of the transaction still commits.
    /// </summary>
    public static async Task<int> TryExecuteAsync(DbContext db, object entity, CancellationToken ct)
    {
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("An optional row is inserted inside the save's transaction.");
        await tx.CreateSavepointAsync(Savepoint, ct);
        try
        {
            var inserted = await ExecuteAsync(db, entity, ct);
            await tx.ReleaseSavepointAsync(Savepoint, ct);
            return inserted;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await tx.RollbackToSavepointAsync(Savepoint, ct);
            db.GetService<ILoggerFactory>().CreateLogger(typeof(InsertIfAbsent))
                .LogError(e, "An optional {Entity} row was not stored; the change saved with it was", entity.GetType().Name);
            return 0;
        }
    }

    /// <returns>1 when the row was inserted, 0 when a row with the same key or unique value was there.</returns>
    public static Task<int> ExecuteAsync(DbContext db, object entity, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(entity.GetType())
                   ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        using var command = db.Database.GetDbConnection().CreateCommand();
        var properties = type.GetProperties().ToList();
        var parameters = properties.Select(DbParameter (p, i) =>
            p.GetRelationalTypeMapping().CreateParameter(command, $"p{i}", p.GetGetter().GetClrValueUsingContainingEntity(entity), p.IsNullable)).ToArray();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        // {i} placeholders: EF puts each parameter's provider-specific name there.
        var values = string.Join(", ", properties.Select((_, i) => $"{{{i}}}"));
        // Names come from the model, values travel as parameters.
        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING";
        return db.Database.ExecuteSqlRawAsync(statement, parameters, ct);
    }
}
