using Npgsql;

namespace Dudao.Bench;

/// <summary>A database of its own on the server of <c>DUDAO_BENCH_PG</c>, dropped afterwards.</summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly string _admin;
    private readonly string _name = $"dudao_bench_{Guid.NewGuid():N}"[..24];

    public BenchDatabase()
    {
        _admin = Environment.GetEnvironmentVariable("DUDAO_BENCH_PG") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
