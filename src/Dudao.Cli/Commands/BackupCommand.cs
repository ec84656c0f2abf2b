using System.Diagnostics;
using Dudao.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Dudao.Cli.Commands;

/// <summary>
/// <c>backup --file PATH</c> and <c>restore --file PATH</c> of the configured database. PostgreSQL:
/// <c>pg_dump --format=custom</c> and <c>pg_restore --single-transaction</c> (the client tools of the
/// server's major version must be on PATH), which keep the audit log's triggers and hash chain as they
/// were. SQLite: <c>VACUUM INTO</c>, a consistent copy taken while the app runs, and a file copy back.
/// A restore goes only into an empty database, so it never mixes two states of the records.
/// Uploaded files are not in the database: back up the file store alongside (docs/deployment.md).
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> BackupAsync(IConfiguration config, string contentRoot, string file, TextWriter output)
    {
        var (postgres, connectionString) = Database(config, contentRoot);
        var full = Path.GetFullPath(file);
        if (File.Exists(full)) throw new CliException($"备份文件已存在：{full}（不覆盖已有备份）");
        if (postgres)
        {
            await RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", full]);
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "VACUUM INTO $file";
            cmd.Parameters.AddWithValue("$file", full);
            await cmd.ExecuteNonQueryAsync();
        }
        output.WriteLine($"已备份到 {full}（{new FileInfo(full).Length / 1024} KB）");
        return 0;
    }

    public static async Task<int> RestoreAsync(IConfiguration config, string contentRoot, string file, TextWriter output)
    {
        var (postgres, connectionString) = Database(config, contentRoot);
        var full = Path.GetFullPath(file);
        if (!File.Exists(full)) throw new CliException($"备份文件不存在：{full}");
        if (postgres)
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var cmd = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
                if ((long)(await cmd.ExecuteScalarAsync())! > 0) throw new CliException("目标数据库不是空的：请恢复到新建的空数据库");
            }
            await RunAsync("pg_restore", connectionString,
                ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database!, full]);
        }
        else
        {
            var target = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (File.Exists(target) && new FileInfo(target).Length > 0) throw new CliException($"目标数据库不是空的：{target}");
            File.Copy(full, target, overwrite: true);
        }
        output.WriteLine($"已从 {full} 恢复");
        return 0;
    }

    /// <summary>The database as the web host finds it (<c>DataServices.AddDudaoData</c>): SQLite defaults to <c>App_Data/dudao.db</c>.</summary>
    private static (bool Postgres, string ConnectionString) Database(IConfiguration config, string contentRoot)
    {
        var options = config.GetSection("Dudao:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = config.GetConnectionString("Dudao");
        if (!options.IsPostgres && string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(contentRoot, "App_Data", "dudao.db")}";
        if (string.IsNullOrWhiteSpace(connectionString)) throw new CliException("未配置 ConnectionStrings:Dudao");
        return (options.IsPostgres, connectionString);
    }

    /// <summary>Runs a PostgreSQL client tool against the database; the password goes in the environment, never on the command line.</summary>
    private static async Task RunAsync(string tool, string connectionString, IEnumerable<string> args)
    {
        var db = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PGHOST"] = db.Host;
        start.Environment["PGPORT"] = db.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = db.Username;
        start.Environment["PGDATABASE"] = db.Database;
        if (db.Password is { Length: > 0 } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new CliException($"无法运行 {tool}");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new CliException($"{tool} 失败（退出码 {process.ExitCode}）：{errors.Trim()}");
    }
}
