using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class JobTests
{
    /// <summary>Holds each run open until the test releases it, so "while it runs" is not a matter of timing.</summary>
    private sealed class CountingJob : IScheduledJob
    {
        public static int Runs;
        public static TaskCompletionSource Started = new(), Release = new();
        public string Name => "counting";
        public JobSchedule Schedule => JobSchedule.Monthly(21, 8);

        public async Task<string> RunAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref Runs);
            Started.TrySetResult();
            await Release.Task.WaitAsync(ct);
            return "counted";
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_admin_lists_jobs_and_runs_one_now_and_a_second_simultaneous_run_is_refused(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.AddScoped<IScheduledJob, CountingJob>());
        var admin = await app.ApiAsync("jlp-admin");
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/admin/jobs");
        var job = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "counting");
        job.GetProperty("schedule").GetString().ShouldBe("每月 21 日 08:00");
        job.GetProperty("lastRun").ValueKind.ShouldBe(JsonValueKind.Null);

        var before = CountingJob.Runs;
        (CountingJob.Started, CountingJob.Release) = (new(), new());
        var first = admin.PostAsync("/api/admin/jobs/counting/run", null);
        await CountingJob.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await admin.PostAsync("/api/admin/jobs/counting/run", null);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("正在运行");
        CountingJob.Release.SetResult();
        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        (CountingJob.Runs - before).ShouldBe(1);

        var after = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/jobs")).EnumerateArray().Single(j => j.GetProperty("name").GetString() == "counting");
        after.GetProperty("lastRun").GetDateTime().ShouldBe(TestApp.Now.UtcDateTime);
        after.GetProperty("lastResult").GetString().ShouldBe("counted");

        (await admin.PostAsync("/api/admin/jobs/nope/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var department = await app.ApiAsync("jlp-jjk");
        (await department.GetAsync("/api/admin/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_scheduled_run_happens_once_per_due_time(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.AddScoped<IScheduledJob, CountingJob>());
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<JobService>();
        var job = new CountingJob();
        CountingJob.Release.TrySetResult();
        var due = new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
        (await service.RunAsync(job, due, "定时", CancellationToken.None)).ShouldBeTrue();
        (await service.RunAsync(job, due, "定时", CancellationToken.None)).ShouldBeFalse("another instance, same due time");
    }

    [Fact]
    public void Due_times_follow_the_schedule()
    {
        var monthly = JobSchedule.Monthly(21, 8);
        monthly.LastDueAtOrBefore(new DateTime(2026, 11, 23, 10, 0, 0)).ShouldBe(new DateTime(2026, 11, 21, 8, 0, 0));
        monthly.LastDueAtOrBefore(new DateTime(2026, 11, 21, 7, 59, 0)).ShouldBe(new DateTime(2026, 10, 21, 8, 0, 0));
        JobSchedule.Daily(2).LastDueAtOrBefore(new DateTime(2026, 11, 23, 1, 0, 0)).ShouldBe(new DateTime(2026, 11, 22, 2, 0, 0));
    }
}
