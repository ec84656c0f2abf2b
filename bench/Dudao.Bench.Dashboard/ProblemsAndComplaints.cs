using Dudao.Bench.Coverage;
using Npgsql;
using NpgsqlTypes;

namespace Dudao.Bench.Dashboard;

/// <summary>
/// Problems and complaints over the schools of <see cref="NationalDataset"/>, written with binary
/// COPY: each month <c>problemsPerMonth</c> problems (about 60% struck off within 40 days, deadlines 30 days
/// out) and <c>complaintsPerMonth</c> complaints (about 70% closed, most on time, some 不予受理).
/// Timestamps fall at 10:00 China time so a record's month is the same in UTC and in China.
/// </summary>
internal sealed class ProblemsAndComplaints(NpgsqlDataSource data, int problemsPerMonth, int complaintsPerMonth, int months, int seed)
{
    public async Task<(long Problems, long Complaints)> WriteAsync()
    {
        var random = new Random(seed);
        var schools = new List<(string Id, string Region)>();
        await using (var read = data.CreateCommand("SELECT id, region_code FROM schools ORDER BY id"))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) schools.Add((reader.GetString(0), reader.GetString(1)));
        }
        await using var connection = await data.OpenConnectionAsync();
        return (await ProblemsAsync(connection, schools, random), await ComplaintsAsync(connection, schools, random));
    }

    private async Task<long> ProblemsAsync(NpgsqlConnection connection, List<(string Id, string Region)> schools, Random random)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY problems (id, region_code, target_kind, target_id, target_name, source, category, severity, description, responsible_kind, status, deadline, created_at, created_by, closed_at, version) FROM STDIN (FORMAT BINARY)");
        for (var month = 1; month <= months; month++)
        {
            for (var i = 0; i < problemsPerMonth; i++)
            {
                var (id, region) = schools[random.Next(schools.Count)];
                var created = Day(month, random);
                var closed = random.NextDouble() < 0.6 ? created.AddDays(random.Next(1, 41)) : (DateTime?)null;
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7().ToString("N"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(region, NpgsqlDbType.Varchar);
                await writer.WriteAsync("school", NpgsqlDbType.Varchar);
                await writer.WriteAsync(id, NpgsqlDbType.Varchar);
                await writer.WriteAsync("学校", NpgsqlDbType.Varchar);
                await writer.WriteAsync("inspection", NpgsqlDbType.Varchar);
                await writer.WriteAsync("homework", NpgsqlDbType.Varchar);
                await writer.WriteAsync("medium", NpgsqlDbType.Varchar);
                await writer.WriteAsync("作业总量超标。", NpgsqlDbType.Varchar);
                await writer.WriteAsync("school", NpgsqlDbType.Varchar);
                await writer.WriteAsync(closed is null ? "rectifying" : "closed", NpgsqlDbType.Varchar);
                await writer.WriteAsync(DateOnly.FromDateTime(created).AddDays(30), NpgsqlDbType.Date);
                await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
                if (closed is { } at) await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                else await writer.WriteNullAsync();
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
        }
        return (long)await writer.CompleteAsync();
    }

    private async Task<long> ComplaintsAsync(NpgsqlConnection connection, List<(string Id, string Region)> schools, Random random)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY complaints (id, receipt_hash, region_code, channel, target_kind, target_name, target_key, category, content, anonymous, department, status, submitted_at, accept_deadline, accepted_at, handle_deadline, extended_days, closed_at, rejected_at, version) FROM STDIN (FORMAT BINARY)");
        for (var month = 1; month <= months; month++)
        {
            for (var i = 0; i < complaintsPerMonth; i++)
            {
                var (id, region) = schools[random.Next(schools.Count)];
                var submitted = Day(month, random);
                var roll = random.NextDouble();
                var status = roll < 0.7 ? "closed" : roll < 0.75 ? "rejected" : roll < 0.9 ? "accepted" : "received";
                var accepted = status is "closed" or "accepted" ? submitted.AddDays(1) : (DateTime?)null;
                var deadline = accepted is null ? (DateOnly?)null : DateOnly.FromDateTime(submitted).AddDays(15);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7().ToString("N"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(region, NpgsqlDbType.Varchar);
                await writer.WriteAsync("web", NpgsqlDbType.Varchar);
                await writer.WriteAsync("school", NpgsqlDbType.Varchar);
                await writer.WriteAsync("学校", NpgsqlDbType.Varchar);
                await writer.WriteAsync("school:" + id, NpgsqlDbType.Varchar);
                await writer.WriteAsync("homework", NpgsqlDbType.Varchar);
                await writer.WriteAsync("作业太多。", NpgsqlDbType.Varchar);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);
                await writer.WriteAsync("基教科", NpgsqlDbType.Varchar);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(DateOnly.FromDateTime(submitted).AddDays(5), NpgsqlDbType.Date);
                await NullableAsync(writer, accepted);
                if (deadline is { } d) await writer.WriteAsync(d, NpgsqlDbType.Date);
                else await writer.WriteNullAsync();
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                // Most closed within the 15 days, a few late.
                await NullableAsync(writer, status == "closed" ? submitted.AddDays(random.Next(2, 19)) : null);
                await NullableAsync(writer, status == "rejected" ? submitted.AddDays(1) : null);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
        }
        return (long)await writer.CompleteAsync();
    }

    private static async Task NullableAsync(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } v) await writer.WriteAsync(v, NpgsqlDbType.TimestampTz);
        else await writer.WriteNullAsync();
    }

    private static DateTime Day(int month, Random random) =>
        new(NationalDataset.Year, month, random.Next(1, 29), 2, 0, 0, DateTimeKind.Utc);
}
