using System.Net;
using System.Net.Http.Json;

namespace Dudao.Tests.Complaints;

public sealed class RoutedHandlingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Only_the_department_a_complaint_is_routed_to_and_the_office_handle_it_and_only_the_office_transfers_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target)); // 违规学科类培训 → 校外培训监管科
        var (office, routed, other) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-pxjg"), await app.ApiAsync("jlp-jjk"));
        var id = await ComplaintApi.IdOfAsync(office, target);
        var reply = new { reply = "经查属实，已责令停止培训。" };

        var refused = await other.PostAsJsonAsync($"/api/complaints/{id}/accept", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ComplaintApi.ProblemAsync(refused)).GetProperty("detail").GetString()!.ShouldContain("校外培训监管科");
        (await routed.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await other.PostAsJsonAsync($"/api/complaints/{id}/reply", reply)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Only the office gives it to another department, and only to one of the county's.
        (await routed.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { department = "基教科" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unknown = await office.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { department = "不存在科" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ComplaintApi.ProblemAsync(unknown)).GetProperty("errors").GetProperty("department")[0].GetString()!.ShouldContain("不存在科");
        (await (await app.ApiAsync("spb-admin")).PostAsJsonAsync($"/api/complaints/{id}/transfer", new { department = "基教科" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.PostAsJsonAsync($"/api/complaints/{id}/transfer", new { department = "基教科" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ComplaintApi.GetAsync(office, id)).GetProperty("department").GetString().ShouldBe("基教科");
        (await routed.PostAsJsonAsync($"/api/complaints/{id}/reply", reply)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsJsonAsync($"/api/complaints/{id}/reply", reply)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await office.PostAsJsonAsync($"/api/complaints/{id}/reply", reply)).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the office handles any complaint of its county");

        // The pages offer handling to whoever may handle, and transfer to the office.
        var (_, routedPage) = await (await app.PagesAsync("jlp-pxjg")).GetAsync($"/staff/complaints/{id}");
        routedPage.QuerySelector("#reply-form").ShouldBeNull();
        routedPage.QuerySelector("#transfer-form").ShouldBeNull();
        var (_, otherPage) = await (await app.PagesAsync("jlp-jjk")).GetAsync($"/staff/complaints/{id}");
        otherPage.QuerySelector("#reply-form").ShouldNotBeNull();
        var officePages = await app.PagesAsync("jlp-admin");
        var moved = await officePages.SubmitAsync($"/staff/complaints/{id}", "#transfer-form", new() { ["Transfer.Department"] = "校外培训监管科", ["confirmed"] = "true" });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
        (await ComplaintApi.GetAsync(office, id)).GetProperty("department").GetString().ShouldBe("校外培训监管科");
    }
}
