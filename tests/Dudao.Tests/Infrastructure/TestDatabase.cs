using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dudao.Tests.Infrastructure;

/// <summary>
/// A fresh database per app instance: a temp SQLite file, or a new PostgreSQL database — empty, or a copy of
/// a template that one app migrated and seeded with the demo data once per test run, so that the many tests
/// with an app of their own do not each migrate, load 44,700 regions and seed the demo again.
/// </summary>
public static class TestDatabase
{
    private static readonly Dictionary<DatabaseKind, Lazy<string>> Templates =
        Enum.GetValues<DatabaseKind>().ToDictionary(k => k, k => new Lazy<string>(() => PrepareTemplate(k)));

    // PostgreSQL copies a template only while nobody else uses it: one copy at a time.
    private static readonly Lock CopyLock = new();

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("DUDAO_TEST_PG") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";

    public static string Create(DatabaseKind kind) => Create(kind, template: null);

    /// <summary>A copy of the migrated database with the demo data (its history off), as every app starts it.</summary>
    public static string CreateSeeded(DatabaseKind kind) => Create(kind, Templates[kind].Value);

    public static void Drop(DatabaseKind kind, string connectionString)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            return;
        }
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string Create(DatabaseKind kind, string? template)
    {
        var name = $"dudao_test_{Guid.NewGuid():N}"[..28];
        if (kind == DatabaseKind.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), name + ".db");
            if (template is not null) File.Copy(new SqliteConnectionStringBuilder(template).DataSource, path);
            return $"Data Source={path}";
        }
        if (template is null)
        {
            Execute($"CREATE DATABASE {name}");
        }
        else
        {
            lock (CopyLock) Execute($"CREATE DATABASE {name} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}");
        }
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    /// <summary>Starts an app on an empty database once, then closes every connection to it so that it can be copied.</summary>
    private static string PrepareTemplate(DatabaseKind kind)
    {
        var template = Create(kind, template: null);
        using (var app = new TestApp(kind, template)) _ = app.Server;
        if (kind == DatabaseKind.Sqlite)
        {
            using (var connection = new SqliteConnection(template))
            {
                connection.Open();
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                checkpoint.ExecuteNonQuery();
            }
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(kind, template);
        return template;
    }

    private static void Execute(string sql)
    {
        using var admin = new NpgsqlConnection(PostgresAdmin);
        admin.Open();
        using var cmd = admin.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
