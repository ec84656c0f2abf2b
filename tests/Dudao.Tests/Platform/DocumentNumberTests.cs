using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Tests.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class DocumentNumberTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Numbers_of_one_office_and_year_increase_without_gaps_or_repeats_under_concurrent_requests(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        const string beibei = "500109";
        var before = await app.WithDbAsync(db => db.Set<DocumentNumber>().Where(n => n.RegionCode == beibei && n.Year == 2026).MaxAsync(n => (int?)n.Sequence)) ?? 0;

        async Task<string> IssueAsync(string recordId)
        {
            using var scope = app.Services.CreateScope();
            return (await scope.ServiceProvider.GetRequiredService<LetterheadService>().IssueAsync("test", recordId, beibei, CancellationToken.None)).Number;
        }

        var numbers = new List<string>();
        for (var round = 0; round < 5; round++)
            numbers.AddRange(await Task.WhenAll(IssueAsync(Guid.NewGuid().ToString("N")), IssueAsync(Guid.NewGuid().ToString("N"))));

        numbers.Select(n => Documents.NumberIn(n, "北碚督办").Sequence).Order().ShouldBe(Enumerable.Range(before + 1, 10));
        // A document keeps the number it was given.
        var again = Guid.NewGuid().ToString("N");
        (await Task.WhenAll(IssueAsync(again), IssueAsync(again))).Distinct().Count().ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_sets_its_letterhead_and_new_documents_follow_it_while_issued_ones_keep_their_number(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var api = await app.ApiAsync("jlp-admin");
        var schools = await InspectionApi.SchoolsAsync(api, "500107");
        async Task<string> NoticeAsync(string schoolId)
        {
            var created = await api.PostAsJsonAsync("/api/escalations", new { targetKind = "school", targetId = schoolId, level = "notice", reason = "课后服务收费不规范", noticeForm = "书面" });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
        async Task<string> TextAsync(string id) => ReportTests.Text(await api.GetByteArrayAsync($"/api/escalations/{id}/document"));

        var first = await NoticeAsync(schools[0].Id);
        var before = await TextAsync(first);
        Documents.ShouldBeIssued(before);
        var (number, sequence) = Documents.NumberIn(before);

        var pages = await app.PagesAsync("jlp-admin");
        var (settingsResponse, settings) = await pages.GetAsync("/staff/settings");
        settingsResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        settings.QuerySelector("#Form-OfficeName")!.GetAttribute("value").ShouldBe(Documents.JiulongpoOffice);
        var refused = await pages.SubmitAsync("/staff/settings", "#letterhead-form", new() { ["Form.OfficeName"] = "九龙坡区教育督导室", ["Form.NumberPattern"] = "九龙坡督〔{年}〕" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("文号格式须含年份");
        var saved = await pages.SubmitAsync("/staff/settings", "#letterhead-form", new() { ["Form.OfficeName"] = "九龙坡区教育督导室", ["Form.NumberPattern"] = "九龙坡督〔{年}〕第{号}号" });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("发文机关与文号格式已保存");

        (await TextAsync(first)).ShouldContain(number);
        var next = await TextAsync(await NoticeAsync(schools[1].Id));
        Documents.ShouldBeIssued(next, "九龙坡区教育督导室", "九龙坡督");
        Documents.NumberIn(next, "九龙坡督").ShouldBe(($"九龙坡督〔2026〕第{sequence + 1}号", sequence + 1));
    }
}
