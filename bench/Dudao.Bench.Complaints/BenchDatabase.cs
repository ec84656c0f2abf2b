using System.Globalization;
using Dudao.Modules.Complaints.Protection;
using Npgsql;

namespace Dudao.Bench.Complaints;

internal sealed record Verification(int Acknowledged, int Found, int DistinctReceipts)
{
    public bool Ok => Found == Acknowledged && DistinctReceipts == Acknowledged;
}

/// <summary>A fresh PostgreSQL database for one run, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private BenchDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string admin)
    {
        var name = $"dudao_bench_{Guid.NewGuid():N}"[..28];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await cmd.ExecuteNonQueryAsync();
        return new BenchDatabase(admin, name);
    }

    /// <summary>Every acknowledged receipt must be stored (by its hash) and no two acknowledgements may share a receipt.</summary>
    public async Task<Verification> VerifyAsync(LoadResult run)
    {
        var hashes = run.Receipts.Select(r => ReceiptCodes.Hash(ReceiptCodes.Normalize(r))).ToArray();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM complaints WHERE receipt_hash = ANY(@h)", connection);
        cmd.Parameters.AddWithValue("h", hashes);
        var found = Convert.ToInt32(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return new Verification(run.Receipts.Count, found, run.Receipts.Distinct().Count());
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
