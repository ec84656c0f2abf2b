using System.Data.Common;
using System.IO.Compression;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Dudao.Modules.Organization.Regions;

/// <summary>
/// The shipped GB/T 2260 table (built by <c>tools/regions</c>) and its one-off load into an empty
/// database. It runs on every fresh database, tests included, so it bypasses the change tracker.
/// </summary>
internal static class RegionTable
{
    private const string Resource = "regions.csv.gz";

    public static IEnumerable<Region> Read()
    {
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        reader.ReadLine(); // header: code,name,level,parentCode
        while (reader.ReadLine() is { } line)
        {
            // The build script refuses names that would need quoting, so a plain split is enough.
            var f = line.Split(',');
            if (f.Length != 4) throw new InvalidDataException($"{Resource}: bad line \"{line}\"");
            yield return new Region { Code = f[0], Name = f[1], Level = f[2], ParentCode = f[3].Length == 0 ? null : f[3] };
        }
    }

    /// <summary>Loads the table unless <c>regions</c> already has rows; returns how many rows it wrote.</summary>
    public static async Task<int> LoadIfEmptyAsync(AppDbContext db, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The check runs inside the write transaction so that instances starting together load
            // once: SQLite's transaction begins IMMEDIATE, on PostgreSQL the table lock serialises them.
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (postgres)
            {
                await using var lockTable = Command(connection, tx, "LOCK TABLE regions IN SHARE ROW EXCLUSIVE MODE");
                await lockTable.ExecuteNonQueryAsync(ct);
            }
            await using (var any = Command(connection, tx, "SELECT 1 FROM regions LIMIT 1"))
            {
                if (await any.ExecuteScalarAsync(ct) is not null) return 0;
            }

            var count = postgres
                ? await CopyAsync((NpgsqlConnection)connection, ct)
                : await InsertAsync(connection, tx, ct);
            await tx.CommitAsync(ct);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Binary COPY: tens of thousands of rows in a fraction of a second.
    private static async Task<int> CopyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY regions (code, name, level, parent_code) FROM STDIN (FORMAT BINARY)", ct);
        var count = 0;
        foreach (var r in Read())
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(r.Code, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Name, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(r.Level, NpgsqlDbType.Varchar, ct);
            if (r.ParentCode is null) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync(r.ParentCode, NpgsqlDbType.Varchar, ct);
            count++;
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    // Portable path (SQLite): one prepared INSERT re-executed per row inside the transaction.
    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx,
            "INSERT INTO regions (code, name, level, parent_code) VALUES (@code, @name, @level, @parent)");
        var code = AddParameter(cmd, "@code");
        var name = AddParameter(cmd, "@name");
        var level = AddParameter(cmd, "@level");
        var parent = AddParameter(cmd, "@parent");
        await cmd.PrepareAsync(ct);

        var count = 0;
        foreach (var r in Read())
        {
            code.Value = r.Code;
            name.Value = r.Name;
            level.Value = r.Level;
            parent.Value = (object?)r.ParentCode ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
            count++;
        }
        return count;
    }

    private static DbParameter AddParameter(DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}
