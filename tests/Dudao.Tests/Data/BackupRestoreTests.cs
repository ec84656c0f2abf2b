extern alias cli;

using System.Data.Common;
using System.Globalization;
using System.Net;
using cli::Dudao.Cli.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dudao.Tests.Data;

public sealed class BackupRestoreTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_backup_restored_into_an_empty_database_starts_the_app_with_every_record(DatabaseKind kind)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dudao-backup-{Guid.NewGuid():N}.{(kind == DatabaseKind.Postgres ? "dump" : "db")}");
        var restored = TestDatabase.Create(kind);
        try
        {
            Dictionary<string, long> counts;
            List<string> sample;
            using (var source = TestApp.Start(kind))
            {
                await source.ApiAsync("jlp-admin"); // a login record and its audit entries
                counts = await source.WithDbAsync(CountsAsync);
                sample = await source.WithDbAsync(SampleAsync);
                (await BackupCommand.BackupAsync(Config(kind, source.ConnectionString), Path.GetTempPath(), file, TextWriter.Null)).ShouldBe(0);
            }
            if (kind == DatabaseKind.Sqlite) File.Delete(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(restored).DataSource);
            (await BackupCommand.RestoreAsync(Config(kind, restored), Path.GetTempPath(), file, TextWriter.Null)).ShouldBe(0);

            // Demo mode as the source had it (its reporter key and its accounts' login rules); it seeds nothing where accounts exist.
            using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["ConnectionStrings:Dudao"] = restored });
            (await app.WithDbAsync(CountsAsync)).ShouldBe(counts);
            (await app.WithDbAsync(SampleAsync)).ShouldBe(sample);
            (await (await app.ApiAsync("jlp-admin")).GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.OK);

            // A restore never mixes two states: a database with tables is refused.
            await Should.ThrowAsync<Exception>(() => BackupCommand.RestoreAsync(Config(kind, restored), Path.GetTempPath(), file, TextWriter.Null));
        }
        finally
        {
            File.Delete(file);
            TestDatabase.Drop(kind, restored);
        }
    }

    private static IConfiguration Config(DatabaseKind kind, string connectionString) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Dudao:Database:Provider"] = kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite",
        ["ConnectionStrings:Dudao"] = connectionString,
    }).Build();

    /// <summary>Rows per table, every table.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(Dudao.Data.AppDbContext db)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in await TablesAsync(db))
            counts[table] = (await QueryAsync(db, $"SELECT count(*) FROM {table}", r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture))).Single();
        return counts;
    }

    /// <summary>The first rows of every table by its first column, every value as text.</summary>
    private static async Task<List<string>> SampleAsync(Dudao.Data.AppDbContext db)
    {
        var rows = new List<string>();
        foreach (var table in await TablesAsync(db))
        {
            // PostgreSQL orders ties of the first column arbitrarily: order by the whole row.
            var order = db.Database.IsNpgsql() ? "t::text" : "1";
            rows.AddRange(await QueryAsync(db, $"SELECT * FROM {table} t ORDER BY {order} LIMIT 3", r =>
                table + ": " + string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)))));
        }
        return rows;
    }

    private static Task<List<string>> TablesAsync(Dudao.Data.AppDbContext db) => QueryAsync(db, db.Database.IsNpgsql()
        ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1", r => r.GetString(0));

    private static async Task<List<T>> QueryAsync<T>(Dudao.Data.AppDbContext db, string sql, Func<DbDataReader, T> read)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<T>();
            while (await reader.ReadAsync()) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
