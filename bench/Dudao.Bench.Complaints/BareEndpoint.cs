using Dudao.Core.Time;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Complaints.Triage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Dudao.Bench.Complaints;

internal sealed record BareInput(string TargetKind, string TargetName, string RegionCode, string Category, string Content, bool Anonymous);

/// <summary>
/// The floor to compare against: one minimal-API endpoint that inserts the same row with raw
/// Npgsql, with no validation, triage, audit, middleware or DbContext.
/// </summary>
internal sealed class BareEndpoint : IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO complaints (id, receipt_hash, region_code, channel, target_kind, target_name, target_key, category, content,
            anonymous, department, status, submitted_at, accept_deadline, extended_days, version)
        VALUES (@id, @hash, @region, 'web', @kind, @name, @key, @category, @content, @anonymous, @department, 'received', @at, @deadline, 0, 0)
        """;

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _data;

    private BareEndpoint(WebApplication app, NpgsqlDataSource data, string baseAddress)
    {
        _app = app;
        _data = data;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    public static async Task<BareEndpoint> StartAsync(string connectionString)
    {
        var data = NpgsqlDataSource.Create(connectionString);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/complaints", async (BareInput input, CancellationToken ct) =>
        {
            var code = ReceiptCodes.New();
            await using var cmd = data.CreateCommand(Insert);
            cmd.Parameters.AddWithValue("id", Dudao.Core.Ids.New());
            cmd.Parameters.AddWithValue("hash", ReceiptCodes.Hash(code));
            cmd.Parameters.AddWithValue("region", input.RegionCode);
            cmd.Parameters.AddWithValue("kind", input.TargetKind);
            cmd.Parameters.AddWithValue("name", input.TargetName);
            cmd.Parameters.AddWithValue("key", Bigrams.NameKey(input.TargetName));
            cmd.Parameters.AddWithValue("category", input.Category);
            cmd.Parameters.AddWithValue("content", input.Content);
            cmd.Parameters.AddWithValue("anonymous", input.Anonymous);
            cmd.Parameters.AddWithValue("department", RoutingTable.Defaults[input.Category]);
            cmd.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, DateTime.UtcNow);
            cmd.Parameters.AddWithValue("deadline", TimeProvider.System.Today().AddDays(15));
            await cmd.ExecuteNonQueryAsync(ct);
            return Results.Created((string?)null, new { receiptCode = code });
        });
        await app.StartAsync();
        return new BareEndpoint(app, data, app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _data.DisposeAsync();
    }
}
