using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dudao.Modules.Platform.Jobs;

/// <summary>Job runs for operations: <c>dudao.jobs.runs</c> (by job and outcome) and <c>dudao.jobs.duration</c> (seconds).</summary>
public static class JobMetrics
{
    public const string MeterName = "Dudao.Jobs";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("dudao.jobs.runs", description: "Job runs this instance made");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("dudao.jobs.duration", "s", "Time of one job run");

    internal static void Record(string job, bool succeeded, long startedTimestamp)
    {
        var tags = new TagList { { "job", job }, { "outcome", succeeded ? "succeeded" : "failed" } };
        Runs.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, tags);
    }
}
