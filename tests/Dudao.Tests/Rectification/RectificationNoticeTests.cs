using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Rectification;

public sealed class RectificationNoticeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_notice_to_an_institution_carries_the_office_its_number_and_the_problem(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var institution = (await office.GetFromJsonAsync<JsonElement>("/api/institutions?regionCode=500107")).GetProperty("items")[0];
        var description = Problems.Unique("未公示收费标准");
        var problem = await Problems.CreateAsync(office, institution.GetProperty("id").GetString()!, description, new { targetKind = "institution" });

        var first = await office.GetAsync($"/api/problems/{problem.Id()}/rectification-notice");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var text = Organization.ReductionTests.Text(await first.Content.ReadAsByteArrayAsync());
        Documents.ShouldBeIssued(text);
        text.ShouldContain("整改通知书");
        text.ShouldContain(institution.GetProperty("uscc").GetString()!);
        text.ShouldContain(description);
        text.ShouldContain("机构负责人（签收）");

        var pages = await app.PagesAsync("jlp-admin");
        var (_, detail) = await pages.GetAsync($"/staff/problems/{problem.Id()}");
        var button = detail.QuerySelector("#rectification-notice")!.GetAttribute("href")!;
        var again = Organization.ReductionTests.Text(await (await pages.Http.GetAsync(button)).Content.ReadAsByteArrayAsync());
        Documents.NumberIn(again).ShouldBe(Documents.NumberIn(text));

        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var schoolProblem = await Problems.CreateAsync(office, schoolId, Problems.Unique("作业超量"));
        (await office.GetAsync($"/api/problems/{schoolProblem.Id()}/rectification-notice")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var (_, schoolDetail) = await pages.GetAsync($"/staff/problems/{schoolProblem.Id()}");
        schoolDetail.QuerySelector("#rectification-notice").ShouldBeNull();

        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/problems/{problem.Id()}/rectification-notice")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
