using System.Data.Common;
using Dudao.Core.Entities;

namespace Dudao.Modules.Organization.Import;

/// <summary>Portable path (SQLite): one prepared INSERT and one prepared UPDATE, re-executed per row inside the transaction.</summary>
internal sealed class SqliteImportWriter<TEntity> : ImportWriter<TEntity> where TEntity : class, IVersioned
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly EntityTable<TEntity> _table;
    private readonly DbCommand _insert;

    private SqliteImportWriter(DbConnection connection, DbTransaction tx, EntityTable<TEntity> table, DbCommand insert)
    {
        _connection = connection;
        _tx = tx;
        _table = table;
        _insert = insert;
    }

    public static async Task<SqliteImportWriter<TEntity>> OpenAsync(DbConnection connection, DbTransaction tx, EntityTable<TEntity> table, CancellationToken ct)
    {
        var columns = table.Columns.Select(c => c.Name).ToList();
        var insert = await PrepareAsync(connection, tx,
            $"INSERT INTO {table.Name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})", table.Columns, ct);
        return new SqliteImportWriter<TEntity>(connection, tx, table, insert);
    }

    public override void Insert(TEntity entity) => Execute(_insert, _table.Columns, entity);

    public override Task CompleteInsertsAsync(CancellationToken ct) => Task.CompletedTask;

    public override async Task UpdateAsync(IReadOnlyList<TEntity> entities, CancellationToken ct)
    {
        if (entities.Count == 0) return;
        var columns = _table.Updated.Append(_table.Columns.Single(c => c.Name == _table.KeyColumn)).ToList();
        var set = string.Join(", ", _table.Updated.Select(c => $"{c.Name} = @{c.Name}"));
        await using var update = await PrepareAsync(_connection, _tx,
            $"UPDATE {_table.Name} SET {set}, {_table.VersionColumn} = {_table.VersionColumn} + 1 WHERE {_table.KeyColumn} = @{_table.KeyColumn}", columns, ct);
        foreach (var entity in entities) Execute(update, columns, entity);
    }

    public override ValueTask DisposeAsync() => _insert.DisposeAsync();

    private static async Task<DbCommand> PrepareAsync(DbConnection connection, DbTransaction tx, string sql, IEnumerable<TableColumn<TEntity>> columns, CancellationToken ct)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var column in columns)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + column.Name;
            cmd.Parameters.Add(p);
        }
        await cmd.PrepareAsync(ct);
        return cmd;
    }

    private static void Execute(DbCommand cmd, IReadOnlyList<TableColumn<TEntity>> columns, TEntity entity)
    {
        for (var i = 0; i < columns.Count; i++) cmd.Parameters[i].Value = columns[i].Get(entity) ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }
}
