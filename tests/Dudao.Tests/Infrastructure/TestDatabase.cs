using Npgsql;

namespace Dudao.Tests.Infrastructure;

/// <summary>A fresh, empty database per app instance: a temp SQLite file, or a new PostgreSQL database.</summary>
public static class TestDatabase
{
    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("DUDAO_TEST_PG") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";

    public static string Create(DatabaseKind kind)
    {
        var name = $"dudao_test_{Guid.NewGuid():N}"[..28];
        if (kind == DatabaseKind.Sqlite)
            return $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";

        using var admin = new NpgsqlConnection(PostgresAdmin);
        admin.Open();
        using var cmd = admin.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE {name}";
        cmd.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    public static void Drop(DatabaseKind kind, string connectionString)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            return;
        }
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(PostgresAdmin);
        admin.Open();
        using var cmd = admin.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        cmd.ExecuteNonQuery();
    }
}
