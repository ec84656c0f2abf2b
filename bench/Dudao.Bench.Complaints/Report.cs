using System.Globalization;
using System.Text;

namespace Dudao.Bench.Complaints;

/// <summary>The markdown written to bench/COMPLAINTS.md.</summary>
internal static class Report
{
    public static string Write(int count, int concurrency, LoadResult real, Verification realCheck, LoadResult bare, Verification bareCheck)
    {
        var s = new StringBuilder();
        s.AppendLine("# Complaint intake under load");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"{count:N0} anonymous complaints posted with {concurrency} requests in flight, on PostgreSQL over loopback,");
        s.AppendLine("to the whole Dudao app (`POST /api/public/complaints`: validation, registry matching, routing,");
        s.AppendLine("duplicate and hot-target checks, audit, EF Core) and, in the same run, to a bare minimal-API endpoint");
        s.AppendLine("that inserts the same row with raw Npgsql. Client, app and database share this machine's 2 cores.");
        s.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project bench/Dudao.Bench.Complaints`;");
        s.AppendLine(CultureInfo.InvariantCulture, $"load average at the end (other work shares the cores, so compare the two rows, not runs): {LoadAverage()}.");
        s.AppendLine();
        s.AppendLine("| endpoint | acknowledged | failed | stored | distinct receipts | seconds | per second | p50 ms | p95 ms | p99 ms |");
        s.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        Row(s, "Dudao app", real, realCheck);
        Row(s, "bare Npgsql insert", bare, bareCheck);
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"The app takes {real.PerSecond / bare.PerSecond:P0} of the bare endpoint's throughput " +
                                                   $"({bare.PerSecond / real.PerSecond:F1}× slower per complaint).");
        s.AppendLine(CultureInfo.InvariantCulture, $"Every acknowledged complaint was found afterwards: {(realCheck.Ok && bareCheck.Ok ? "yes" : "NO")}; receipts unique: " +
                                                   $"{(realCheck.DistinctReceipts == realCheck.Acknowledged && bareCheck.DistinctReceipts == bareCheck.Acknowledged ? "yes" : "NO")}.");
        s.AppendLine();
        s.AppendLine("Where the difference goes: per complaint the app makes about eight database round trips where the bare");
        s.AppendLine("endpoint makes one — the county's registry names (schools, institutions) for matching, the routing table,");
        s.AppendLine("the region's rules, earlier complaints about the same target (duplicates), the insert of the complaint with");
        s.AppendLine("its audit entry in one transaction, the target's count in the hot window, and a notice once a target turns");
        s.AppendLine("hot — plus the whole middleware pipeline, validation and EF Core change tracking. Each target here gets five");
        s.AppendLine("complaints, so duplicate, count and hot-target work is exercised, not skipped.");
        return s.ToString();
    }

    private static string Failures(LoadResult r) =>
        r.Failures.Count == 0 ? "0" : string.Join(", ", r.Failures.Select(f => $"{f.Value} × {f.Key}"));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Row(StringBuilder s, string name, LoadResult r, Verification v) =>
        s.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {r.Receipts.Count:N0} | {Failures(r)} | {v.Found:N0} | {v.DistinctReceipts:N0} | {r.Elapsed.TotalSeconds:F1} | {r.PerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} |");
}
