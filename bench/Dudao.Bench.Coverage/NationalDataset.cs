using Npgsql;
using NpgsqlTypes;

namespace Dudao.Bench.Coverage;

/// <summary>
/// A nation-sized synthetic year, written with binary COPY: ~190,000 schools spread over every
/// county, and each month ~190,000 visits (about 85% of schools visited, some more than once) with
/// the coverage marks the application would have written as those visits were saved.
/// </summary>
internal sealed class NationalDataset(NpgsqlDataSource data, int schools, int visitsPerMonth, int months, int seed)
{
    public const int Year = 2026;
    public const string TemplateId = "builtin-shuangjian-school-2022";

    public async Task<(int Schools, long Visits, long Marks)> WriteAsync(IReadOnlyList<string> counties)
    {
        var random = new Random(seed);
        var ids = new string[schools];
        var regions = new string[schools];
        await using var connection = await data.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY schools (id, code, name, type, ownership, region_code, zone, pupils, teachers, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < schools; i++)
            {
                ids[i] = Guid.CreateVersion7().ToString("N");
                regions[i] = counties[random.Next(counties.Count)];
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[i], NpgsqlDbType.Varchar);
                // 学校标识码: "2", the province digits, then a serial.
                await writer.WriteAsync($"2{regions[i][..2]}{i:0000000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"第{i}学校", NpgsqlDbType.Varchar);
                await writer.WriteAsync("小学", NpgsqlDbType.Varchar);
                await writer.WriteAsync("公办", NpgsqlDbType.Varchar);
                await writer.WriteAsync(regions[i], NpgsqlDbType.Varchar);
                await writer.WriteAsync($"第{random.Next(1, 4)}责任区", NpgsqlDbType.Varchar);
                await writer.WriteAsync(600, NpgsqlDbType.Integer);
                await writer.WriteAsync(50, NpgsqlDbType.Integer);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
        }

        long visits = 0, marks = 0;
        for (var month = 1; month <= months; month++)
        {
            var firsts = new List<(int School, DateOnly Day, string VisitId)>();
            var rows = new List<(int School, DateOnly Day, string VisitId)>(visitsPerMonth);
            for (var i = 0; i < schools && rows.Count < visitsPerMonth; i++)
            {
                if (random.NextDouble() >= 0.85) continue;
                var visit = (i, new DateOnly(Year, month, random.Next(1, 29)), Guid.CreateVersion7().ToString("N"));
                firsts.Add(visit);
                rows.Add(visit);
            }
            while (rows.Count < visitsPerMonth)
            {
                var again = firsts[random.Next(firsts.Count)];
                rows.Add((again.School, again.Day.AddDays(random.Next(0, 28 - again.Day.Day + 1)), Guid.CreateVersion7().ToString("N")));
            }
            visits += await WriteVisitsAsync(connection, rows, ids, regions, month);
            marks += await WriteMarksAsync(connection, firsts, ids, regions, month);
        }
        return (schools, visits, marks);
    }

    private static async Task<long> WriteVisitsAsync(NpgsqlConnection connection, List<(int School, DateOnly Day, string VisitId)> rows, string[] ids, string[] regions, int month)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY visits (id, region_code, target_kind, target_id, target_name, date, month, kind, methods, template_id, summary, results, created_at, created_by, version) FROM STDIN (FORMAT BINARY)");
        var created = new DateTime(Year, month, 28, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (school, day, visitId) in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(visitId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(regions[school], NpgsqlDbType.Varchar);
            await writer.WriteAsync("school", NpgsqlDbType.Varchar);
            await writer.WriteAsync(ids[school], NpgsqlDbType.Varchar);
            await writer.WriteAsync($"第{school}学校", NpgsqlDbType.Varchar);
            await writer.WriteAsync(day, NpgsqlDbType.Date);
            await writer.WriteAsync($"{Year}-{month:00}", NpgsqlDbType.Varchar);
            await writer.WriteAsync("routine", NpgsqlDbType.Varchar);
            await writer.WriteAsync("campus-patrol", NpgsqlDbType.Varchar);
            await writer.WriteAsync(TemplateId, NpgsqlDbType.Varchar);
            await writer.WriteAsync("月度经常性督导。", NpgsqlDbType.Varchar);
            await writer.WriteAsync("[]", NpgsqlDbType.Text);
            await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
        }
        return (long)await writer.CompleteAsync();
    }

    private static async Task<long> WriteMarksAsync(NpgsqlConnection connection, List<(int School, DateOnly Day, string VisitId)> firsts, string[] ids, string[] regions, int month)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY coverage_marks (month, target_id, region_code, visit_id, visited_on) FROM STDIN (FORMAT BINARY)");
        foreach (var (school, day, visitId) in firsts)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync($"{Year}-{month:00}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(ids[school], NpgsqlDbType.Varchar);
            await writer.WriteAsync(regions[school], NpgsqlDbType.Varchar);
            await writer.WriteAsync(visitId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(day, NpgsqlDbType.Date);
        }
        return (long)await writer.CompleteAsync();
    }
}
