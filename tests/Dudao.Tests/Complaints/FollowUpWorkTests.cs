using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data;
using Dudao.Modules.Platform.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Complaints;

/// <summary>What follows a stored complaint (the hot-target notice) never turns the reporter's receipt into an error.</summary>
public sealed class FollowUpWorkTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Concurrent_complaints_that_make_a_target_hot_all_get_receipts_and_the_office_one_notice(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var client = app.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.PostAsJsonAsync("/api/public/complaints", ComplaintApi.Report(target, content: $"周末在小区会所开设初中数学学科类培训班，第{i}次反映，收费每节课二百元。"))));

        foreach (var response in responses) response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var receipts = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()));
        receipts.Distinct().Count().ShouldBe(16);
        var staff = await app.ApiAsync("jlp-admin");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(target)}&pageSize=200")).GetProperty("total").GetInt32().ShouldBe(16);
        (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.Title == $"重点督办：{target}"))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_complaint_is_acknowledged_with_its_receipt_even_when_the_notice_after_it_fails(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(new NoticesUnavailable())));
        var target = ComplaintApi.UniqueTarget();
        var client = app.CreateClient();
        // The default threshold is 3: the third complaint makes the target hot and its notice fails.
        for (var i = 0; i < 3; i++)
            await ComplaintApi.SubmitAsync(client, ComplaintApi.Report(target, content: $"周末在小区会所开设初中数学学科类培训班，第{i}次反映，收费每节课二百元。"));

        var staff = await app.ApiAsync("jlp-admin");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(target)}")).GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Sending_the_same_keyed_notice_at_once_stores_it_once_and_fails_no_sender(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        for (var round = 0; round < 5; round++)
        {
            var key = "test-race:" + Guid.NewGuid();
            var saved = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                using var scope = Dudao.Core.Scope.SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
                await scope.ServiceProvider.GetRequiredService<NoticeService>().SendAsync(
                    new NoticeRecipient(Dudao.Modules.Accounts.Domain.OrgKinds.Office, "500107", null), "并发通知", "同一提醒只发一次", null, key, CancellationToken.None);
                return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            })));
            saved.Sum().ShouldBe(1, "every sender's save succeeds; the one that got in first stored the notice");
            (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.DedupeKey == key))).ShouldBe(1);
        }
    }

    /// <summary>Fails every write to the notices table, as an outage of that step would.</summary>
    private sealed class NoticesUnavailable : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken ct = default) =>
            command.CommandText.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO notices", StringComparison.OrdinalIgnoreCase)
                ? throw new InvalidOperationException("notices unavailable")
                : base.NonQueryExecutingAsync(command, eventData, result, ct);
    }
}
