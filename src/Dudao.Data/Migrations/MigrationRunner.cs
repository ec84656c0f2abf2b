using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dudao.Data.Migrations;

/// <summary>
/// Applies the versioned SQL scripts in <c>migrations/{sqlite,postgres}/NNNN_name.sql</c> that a
/// database has not seen yet, each in its own transaction, and records them. On PostgreSQL an
/// advisory lock lets several instances start at once.
/// </summary>
public sealed class MigrationRunner(AppDbContext db, ILogger<MigrationRunner> logger)
{
    private const long LockKey = 0x44_75_64_61_6F; // "Dudao"

    public static IReadOnlyList<(string Version, string Name, string Sql)> Scripts(bool postgres)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var folder = postgres ? "migrations/postgres/" : "migrations/sqlite/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                var file = Path.GetFileNameWithoutExtension(n[folder.Length..]);
                var version = file.Split('_', 2)[0];
                return (version, file, Read(assembly, n));
            })
            .ToList();
    }

    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // PostgreSQL: one instance migrates at a time. SQLite: WAL lets pages read while a write is under way.
            await ExecAsync(connection, null, postgres ? $"SELECT pg_advisory_lock({LockKey})" : "PRAGMA journal_mode=WAL", ct);
            await ExecAsync(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(16) PRIMARY KEY, name varchar(200) NOT NULL, applied_at varchar(40) NOT NULL)", ct);

            var applied = new HashSet<string>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT version FROM schema_migrations";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            }

            var count = 0;
            foreach (var (version, name, sql) in Scripts(postgres).Where(s => !applied.Contains(s.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecAsync(connection, tx, sql, ct);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @a)";
                    AddParameter(record, "@v", version);
                    AddParameter(record, "@n", name);
                    AddParameter(record, "@a", DateTime.UtcNow.ToString("O"));
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration}", name);
                count++;
            }

            if (postgres) await ExecAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", ct);
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>How many scripts this build has that the database has not applied (all of them on an empty database).</summary>
    public async Task<int> PendingCountAsync(CancellationToken ct = default)
    {
        var scripts = Scripts(db.Database.IsNpgsql()).Select(s => s.Version).ToHashSet(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) scripts.Remove(reader.GetString(0));
            return scripts.Count;
        }
        catch (DbException)
        {
            return scripts.Count; // no schema_migrations table yet
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
