using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Tests.Inspections;

namespace Dudao.Tests.Escalation;

public sealed class EscalationDocumentTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_notice_and_an_interview_are_issued_as_documents_from_the_api_and_the_detail_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = (await InspectionApi.SchoolsAsync(office, "500107"))[3];
        async Task<string> CreateAsync(object input)
        {
            var created = await office.PostAsJsonAsync("/api/escalations", input);
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var notice = await CreateAsync(new { targetKind = "school", targetId = school.Id, level = "notice", reason = "多次督导发现作业总量超标", noticeForm = "书面" });
        var noticeText = ReportTests.Text(await office.GetByteArrayAsync($"/api/escalations/{notice}/document"));
        Documents.ShouldBeIssued(noticeText);
        noticeText.ShouldContain($"关于{school.Name}有关问题的通报");
        noticeText.ShouldContain("多次督导发现作业总量超标");

        var interview = await CreateAsync(new
        {
            targetKind = "school", targetId = school.Id, level = "interview", reason = "作业总量超标整改不力",
            interviewAt = "2026-11-20T09:30:00", interviewPlace = "区教委三楼会议室", interviewAttendees = "校长、分管副校长",
        });
        var interviewText = ReportTests.Text(await office.GetByteArrayAsync($"/api/escalations/{interview}/document"));
        Documents.ShouldBeIssued(interviewText);
        interviewText.ShouldContain("约谈通知书");
        interviewText.ShouldContain("区教委三楼会议室");
        interviewText.ShouldContain("签收（签字）");
        Documents.NumberIn(interviewText).Number.ShouldNotBe(Documents.NumberIn(noticeText).Number);

        var pages = await app.PagesAsync("jlp-admin");
        var (_, detail) = await pages.GetAsync($"/staff/escalations/{interview}");
        var link = detail.QuerySelectorAll("a").Single(a => a.TextContent.Contains("下载约谈通知书", StringComparison.Ordinal));
        var download = await pages.Http.GetAsync(link.GetAttribute("href"));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReportTests.Text(await download.Content.ReadAsByteArrayAsync()).ShouldContain(Documents.NumberIn(interviewText).Number);

        var accountability = await CreateAsync(new
        {
            targetKind = "school", targetId = school.Id, level = "accountability", reason = "整改不力", accountabilityForm = "通报批评", accountableKind = "unit", accountableName = school.Name,
        });
        (await office.GetAsync($"/api/escalations/{accountability}/document")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/escalations/{notice}/document")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
