using Dudao.Core.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Dudao.Modules.Organization.Import;

/// <summary>
/// PostgreSQL fast path: new rows go straight into the table through one binary COPY, written as the
/// sheet is read (the server ingests while the next rows are parsed); updates are copied into a
/// temporary table and applied with one UPDATE … FROM.
/// </summary>
internal sealed class PostgresImportWriter<TEntity> : ImportWriter<TEntity> where TEntity : class, IVersioned
{
    private readonly NpgsqlConnection _connection;
    private readonly EntityTable<TEntity> _table;
    private NpgsqlBinaryImporter? _copy;

    private PostgresImportWriter(NpgsqlConnection connection, EntityTable<TEntity> table, NpgsqlBinaryImporter copy)
    {
        _connection = connection;
        _table = table;
        _copy = copy;
    }

    public static async Task<PostgresImportWriter<TEntity>> OpenAsync(NpgsqlConnection connection, EntityTable<TEntity> table, CancellationToken ct) =>
        new(connection, table, await BeginCopyAsync(connection, table, table.Name, ct));

    public override void Insert(TEntity entity) => WriteRow(_copy!, entity);

    public override async Task CompleteInsertsAsync(CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
    }

    public override async Task UpdateAsync(IReadOnlyList<TEntity> entities, CancellationToken ct)
    {
        if (entities.Count == 0) return;
        const string staging = "import_updates";
        await ExecuteAsync($"CREATE TEMP TABLE {staging} (LIKE {_table.Name}) ON COMMIT DROP", ct);
        await using (var copy = await BeginCopyAsync(_connection, _table, staging, ct))
        {
            foreach (var entity in entities) WriteRow(copy, entity);
            await copy.CompleteAsync(ct);
        }
        var set = string.Join(", ", _table.Updated.Select(c => $"{c.Name} = s.{c.Name}"));
        await ExecuteAsync(
            $"UPDATE {_table.Name} t SET {set}, {_table.VersionColumn} = t.{_table.VersionColumn} + 1 " +
            $"FROM {staging} s WHERE t.{_table.KeyColumn} = s.{_table.KeyColumn}", ct);
    }

    public override async ValueTask DisposeAsync()
    {
        // An unfinished COPY is cancelled: none of its rows reach the table.
        if (_copy is not null) await _copy.DisposeAsync();
    }

    private static async Task<NpgsqlBinaryImporter> BeginCopyAsync(NpgsqlConnection connection, EntityTable<TEntity> table, string target, CancellationToken ct) =>
        await connection.BeginBinaryImportAsync(
            $"COPY {target} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);

    // Synchronous writes: they only fill Npgsql's buffer, and awaiting each of millions of fields costs more than the copy.
    private void WriteRow(NpgsqlBinaryImporter copy, TEntity entity)
    {
        copy.StartRow();
        foreach (var column in _table.Columns)
        {
            switch (column.Get(entity))
            {
                case null: copy.WriteNull(); break;
                case string s: copy.Write(s, NpgsqlDbType.Varchar); break;
                case int n: copy.Write(n, NpgsqlDbType.Integer); break;
                case DateOnly d: copy.Write(d, NpgsqlDbType.Date); break;
                case var other: throw new NotSupportedException($"Column {column.Name}: {other.GetType().Name} is not supported by the import");
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, _connection);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
