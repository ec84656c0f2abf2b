extern alias cli;

using System.Net.Http.Json;
using System.Text.Json;
using cli::Dudao.Cli.Commands;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Platform.AuditTrail;
using Dudao.Modules.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

/// <summary>The audit log as a hash chain: linked after commit by a job, checked by verify-audit and nightly, kept at least six months.</summary>
public sealed class AuditTrailTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Entries_are_chained_in_order_and_verify_audit_finds_the_chain_intact(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/admin/jobs");
        jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "audit-chain").GetProperty("schedule").GetString().ShouldBe("每 5 分钟");
        (await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AllAsync(e => e.ChainSeq == null))).ShouldBeTrue("writers leave the hash empty");

        (await RunJobAsync(admin, "audit-chain")).GetProperty("lastSucceeded").GetBoolean().ShouldBeTrue();
        var chained = await ChainAsync(app);
        chained.Select(e => e.ChainSeq).ShouldBe(Enumerable.Range(1, chained.Count).Select(i => (long?)i));
        chained.Select(e => (e.At, e.Id)).ShouldBe(chained.Select(e => (e.At, e.Id)).Order(), "oldest first, then by id");
        chained[0].PrevHash.ShouldBe(AuditHash.Genesis);
        chained.Skip(1).Select(e => e.PrevHash).ShouldBe(chained.SkipLast(1).Select(e => e.Hash));

        // An entry whose transaction committed late, with an earlier time than the chain's end, is chained after it.
        var late = await AddEntryAsync(app, TestApp.Now.UtcDateTime.AddHours(-3));
        await RunJobAsync(admin, "audit-chain");
        (await ChainAsync(app)).Last().Id.ShouldBe(late);

        var (code, output) = await VerifyAuditAsync(app);
        code.ShouldBe(0, output);
        output.ShouldContain($"审计链完好：已核对 {chained.Count + 1} 条");
        (await RunJobAsync(admin, "audit-verify")).GetProperty("lastSucceeded").GetBoolean().ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Editing_or_deleting_an_audit_row_in_the_database_makes_verify_audit_and_the_nightly_check_fail_naming_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        await RunJobAsync(admin, "audit-chain");
        var chain = await ChainAsync(app);
        chain.Count.ShouldBeGreaterThan(20);

        await AsTampererAsync(app, "UPDATE audit_entries SET user_name = 'someone-else' WHERE chain_seq = 5");
        var (code, output) = await VerifyAuditAsync(app);
        code.ShouldBe(1);
        output.ShouldContain("审计链断裂 1 处");
        output.ShouldContain($"第 5 条（{chain[4].Id}）：内容与哈希不符");

        var run = await RunJobAsync(admin, "audit-verify");
        run.GetProperty("lastSucceeded").GetBoolean().ShouldBeFalse("a break fails the nightly run");
        run.GetProperty("lastResult").GetString()!.ShouldContain(chain[4].Id);

        // Deleting an entry leaves a gap; replacing one and recomputing its hash breaks the next link.
        await AsTampererAsync(app, "DELETE FROM audit_entries WHERE chain_seq = 8");
        await AsTampererAsync(app, $"UPDATE audit_entries SET changes = NULL, hash = '{new string('a', 64)}' WHERE chain_seq = 12");
        (code, output) = await VerifyAuditAsync(app);
        code.ShouldBe(1);
        output.ShouldContain($"第 9 条（{chain[8].Id}）：其前的第 8 条已被删除");
        output.ShouldContain($"第 12 条（{chain[11].Id}）：内容与哈希不符");
        output.ShouldContain($"第 13 条（{chain[12].Id}）：记录的前一哈希与第 12 条不符");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Two_chain_runs_at_once_still_leave_one_linear_chain(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        for (var i = 0; i < 3; i++)
            await app.WithDbAsync(db => { db.AddRange(Enumerable.Range(0, 1000).Select(_ => Entry(TestApp.Now.UtcDateTime))); return db.SaveChangesAsync(); });

        // As if the lease had expired on a slow run: two instances chain at the same time, bypassing it.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "audit-chain");
            try
            {
                await job.RunAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                // The loser fails on the unique chain position or the refusal to chain an entry twice.
            }
        })));
        await RunJobAsync(await app.ApiAsync("jlp-admin"), "audit-chain");

        var all = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync());
        (await ChainAsync(app)).Select(e => e.ChainSeq).ShouldBe(Enumerable.Range(1, all).Select(i => (long?)i));
        (await VerifyAuditAsync(app)).Code.ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_retention_sweep_never_deletes_an_entry_younger_than_six_months(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var now = TestApp.Now.UtcDateTime;
        var cutoff = now.AddMonths(-6);
        var random = new Random(44);
        DateTime RandomAge() => now.AddDays(-random.Next(0, 366)).AddSeconds(-random.Next(0, 86_400));

        // Two rounds, so that old entries also sit in the chain after young ones; and the edges of the period.
        await app.WithDbAsync(db =>
        {
            db.AddRange(Enumerable.Range(0, 150).Select(_ => Entry(RandomAge())));
            db.AddRange(Entry(cutoff.AddSeconds(-1)), Entry(cutoff), Entry(cutoff.AddSeconds(1)));
            return db.SaveChangesAsync();
        });
        await RunJobAsync(admin, "audit-chain");
        await app.WithDbAsync(db => { db.AddRange(Enumerable.Range(0, 150).Select(_ => Entry(RandomAge()))); return db.SaveChangesAsync(); });
        await RunJobAsync(admin, "audit-chain");
        var before = await ChainAsync(app);

        var sweep = await RunJobAsync(admin, "audit-retention");
        sweep.GetProperty("lastSucceeded").GetBoolean().ShouldBeTrue(sweep.GetProperty("lastResult").GetString());
        var kept = (await ChainAsync(app)).Select(e => e.Id).ToHashSet();
        var deleted = before.Where(e => !kept.Contains(e.Id)).ToList();
        before.Where(e => e.At >= cutoff).ShouldAllBe(e => kept.Contains(e.Id), "nothing younger than six months is deleted");
        deleted.ShouldAllBe(e => e.At < cutoff);
        deleted.Count.ShouldBeGreaterThan(50);
        deleted.Select(e => e.ChainSeq).ShouldBe(Enumerable.Range(1, deleted.Count).Select(i => (long?)i), "a prefix of the chain");
        before.ShouldContain(e => e.At < cutoff && kept.Contains(e.Id), "an old entry chained after a young one waits for it");

        (await RunJobAsync(admin, "audit-retention")).GetProperty("lastResult").GetString()!.ShouldContain("没有可删除的审计记录");
        await RunJobAsync(admin, "audit-chain");
        var (code, output) = await VerifyAuditAsync(app);
        code.ShouldBe(0, output);

        var refused = await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE chain_seq = (SELECT MAX(chain_seq) FROM audit_entries)")));
        refused.ToString().ShouldContain("append-only", customMessage: "the database itself keeps a young entry");
    }

    [Theory, ClassData(typeof(Databases))]
    public void A_retention_shorter_than_six_months_stops_the_start(DatabaseKind kind)
    {
        using var app = new TestApp(kind, new Dictionary<string, string?> { [AuditRetentionOptions.Setting] = "5" });
        Should.Throw<Exception>(() => app.Server).ToString().ShouldContain("Dudao:Audit:RetentionMonths 应为不少于 6 的整数");
    }

    [Fact]
    public void Retention_is_six_months_unless_set_longer()
    {
        Retention(null).Months.ShouldBe(6);
        Retention("24").Months.ShouldBe(24);
        Should.Throw<InvalidOperationException>(() => Retention("3")).Message.ShouldContain("当前为“3”");
        Should.Throw<InvalidOperationException>(() => Retention("半年"));
    }

    [Fact]
    public void The_chain_job_is_due_every_five_minutes()
    {
        JobSchedule.EveryMinutes(5).LastDueAtOrBefore(new DateTime(2026, 11, 23, 10, 7, 30)).ShouldBe(new DateTime(2026, 11, 23, 10, 5, 0));
        JobSchedule.EveryMinutes(5).LastDueAtOrBefore(new DateTime(2026, 11, 23, 10, 10, 0)).ShouldBe(new DateTime(2026, 11, 23, 10, 10, 0));
    }

    private static AuditRetentionOptions Retention(string? months) =>
        AuditRetentionOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AuditRetentionOptions.Setting] = months }).Build());

    private static AuditEntry Entry(DateTime at) => new()
    {
        At = at, UserName = "jlp-admin", RegionCode = "500107", Action = "update", EntityType = "School", EntityId = Guid.NewGuid().ToString("N"),
        Changes = "{\"Name\":\"测试小学\"}",
    };

    private static Task<string> AddEntryAsync(TestApp app, DateTime at) => app.WithDbAsync(async db =>
    {
        var entry = Entry(at);
        db.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private static Task<List<AuditEntry>> ChainAsync(TestApp app) => app.WithDbAsync(db =>
        db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.ChainSeq != null).OrderBy(e => e.ChainSeq).ToListAsync());

    private static async Task<JsonElement> RunJobAsync(HttpClient admin, string name)
    {
        var response = await admin.PostAsync($"/api/admin/jobs/{name}/run", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    /// <summary>The verify-audit command's own code path, in-process.</summary>
    private static async Task<(int Code, string Output)> VerifyAuditAsync(TestApp app)
    {
        using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
        var output = new StringWriter();
        var code = await VerifyAudit.RunAsync(scope.ServiceProvider, output);
        return (code, output.ToString());
    }

    /// <summary>Someone with the database's own rights: the append-only guards switched off, then the statement.</summary>
    private static Task<int> AsTampererAsync(TestApp app, string sql) => app.WithDbAsync(async db =>
    {
        if (app.Kind == DatabaseKind.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                "DROP TRIGGER IF EXISTS audit_entries_content_fixed; DROP TRIGGER IF EXISTS audit_entries_chained_once; DROP TRIGGER IF EXISTS audit_entries_no_delete");
        }
        return await db.Database.ExecuteSqlRawAsync(sql);
    });
}
