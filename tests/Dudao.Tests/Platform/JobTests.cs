using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Jobs;
using Dudao.Tests.Inspections;
using Dudao.Tests.Rectification;
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

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_office_runs_a_job_for_its_county_only_and_that_run_does_not_stand_in_for_the_scheduled_one(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var (jlp, spb) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("spb-admin"));
        var spbSchool = (await InspectionApi.SchoolsAsync(spb, "500106"))[0].Id;
        var ours = (await Problems.CreateAsync(jlp, await Problems.UnitIdAsync(app, "jlp-school"), Problems.Unique("作业超量"), new { deadline = "2026-11-25" })).Id();
        var theirs = (await Problems.CreateAsync(spb, spbSchool, Problems.Unique("作业超量"), new { deadline = "2026-11-25" })).Id();
        app.Clock.Advance(TimeSpan.FromDays(3)); // both deadlines have passed
        (jlp, spb) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("spb-admin"));

        var run = await jlp.PostAsync("/api/admin/jobs/rectification-overdue/run", null);
        (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastResult").GetString()!.ShouldContain("新逾期");
        (await MarkedOverdueAsync(jlp, ours)).ShouldBeTrue();
        (await MarkedOverdueAsync(spb, theirs)).ShouldBeFalse("another county's run-now never reaches it");
        var seenBySpb = (await spb.GetFromJsonAsync<JsonElement>("/api/admin/jobs")).EnumerateArray().Single(j => j.GetProperty("name").GetString() == "rectification-overdue");
        seenBySpb.GetProperty("lastRun").ValueKind.ShouldBe(JsonValueKind.Null, "九龙坡's run is not 沙坪坝's to see");

        // The county's run did not count as the scheduled run of everything, which still happens.
        using (var scope = app.Services.CreateScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<JobService>();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "rectification-overdue");
            (await service.RunAsync(job, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), "定时", CancellationToken.None)).ShouldBeTrue();
        }
        (await MarkedOverdueAsync(spb, theirs)).ShouldBeTrue();
        seenBySpb = (await spb.GetFromJsonAsync<JsonElement>("/api/admin/jobs")).EnumerateArray().Single(j => j.GetProperty("name").GetString() == "rectification-overdue");
        seenBySpb.GetProperty("lastResult").GetString().ShouldBe("已为全部地区运行", "counts of every region are not shown to one county");
        (await (await app.ApiAsync("jlp-school")).PostAsync("/api/admin/jobs/rectification-overdue/run", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<bool> MarkedOverdueAsync(HttpClient client, string problemId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/problems/{problemId}/history")).GetProperty("steps").EnumerateArray()
        .Any(s => s.GetProperty("action").GetString() == "overdue");

    [Fact]
    public void Due_times_follow_the_schedule()
    {
        var monthly = JobSchedule.Monthly(21, 8);
        monthly.LastDueAtOrBefore(new DateTime(2026, 11, 23, 10, 0, 0)).ShouldBe(new DateTime(2026, 11, 21, 8, 0, 0));
        monthly.LastDueAtOrBefore(new DateTime(2026, 11, 21, 7, 59, 0)).ShouldBe(new DateTime(2026, 10, 21, 8, 0, 0));
        JobSchedule.Daily(2).LastDueAtOrBefore(new DateTime(2026, 11, 23, 1, 0, 0)).ShouldBe(new DateTime(2026, 11, 22, 2, 0, 0));
    }
}
