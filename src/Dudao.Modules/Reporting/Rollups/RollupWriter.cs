using System.Text;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// Adds counts to the rollup rows in one statement per chunk: <c>INSERT … ON CONFLICT DO UPDATE SET
/// value = value + excluded.value</c>, the same SQL on SQLite and PostgreSQL. Two requests adding to one
/// row at once both count: the database serialises the increments, nobody reads and writes back.
/// </summary>
internal static class RollupWriter
{
    private const int Chunk = 500;

    public static async Task ApplyAsync(AppDbContext db, IReadOnlyDictionary<RollupKey, int> counts, CancellationToken ct)
    {
        foreach (var (sql, values) in Statements(counts)) await db.Database.ExecuteSqlRawAsync(sql, values, ct);
    }

    public static void Apply(AppDbContext db, IReadOnlyDictionary<RollupKey, int> counts)
    {
        foreach (var (sql, values) in Statements(counts)) db.Database.ExecuteSqlRaw(sql, values);
    }

    private static IEnumerable<(string Sql, object[] Values)> Statements(IReadOnlyDictionary<RollupKey, int> counts)
    {
        foreach (var chunk in counts.Where(c => c.Value != 0).Chunk(Chunk))
        {
            var sql = new StringBuilder("INSERT INTO region_rollups (region_code, month, metric, value) VALUES ");
            var values = new object[chunk.Length * 4];
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(", ");
                sql.Append('(').AppendJoin(", ", Enumerable.Range(i * 4, 4).Select(n => "{" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")).Append(')');
                var (key, count) = chunk[i];
                (values[i * 4], values[i * 4 + 1], values[i * 4 + 2], values[i * 4 + 3]) = (key.RegionCode, key.Month, key.Metric, count);
            }
            sql.Append(" ON CONFLICT (region_code, month, metric) DO UPDATE SET value = region_rollups.value + excluded.value");
            yield return (sql.ToString(), values);
        }
    }
}
