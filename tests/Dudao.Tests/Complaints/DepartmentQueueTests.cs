using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Dudao.Tests.Complaints;

public sealed class DepartmentQueueTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_opens_on_the_complaints_routed_to_it_can_choose_all_and_its_workbench_and_notices_match(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var stem = ComplaintApi.UniqueTarget("科室队列");
        var (routed, other) = (stem + "甲", stem + "乙");
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(routed)); // 违规学科类培训 → 校外培训监管科
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(other, category: "作业负担")); // → 基教科
        var office = await app.ApiAsync("jlp-admin");
        var (routedId, otherId) = (await ComplaintApi.IdOfAsync(office, routed), await ComplaintApi.IdOfAsync(office, other));
        var q = Uri.EscapeDataString(stem);

        var department = await app.PagesAsync("jlp-pxjg");
        var (_, mine) = await department.GetAsync($"/staff/complaints?q={q}");
        Targets(mine).ShouldBe([routed]);
        mine.QuerySelector("#department option[selected]")!.GetAttribute("value").ShouldBe("校外培训监管科");
        mine.QuerySelector("[data-testid=routed-hint]")!.TextContent.ShouldContain("全部");
        var (_, all) = await department.GetAsync($"/staff/complaints?q={q}&department=all");
        Targets(all).ShouldBe([routed, other], ignoreOrder: true);
        var (_, chosen) = await department.GetAsync($"/staff/complaints?q={q}&department={Uri.EscapeDataString("基教科")}");
        Targets(chosen).ShouldBe([other]);

        // The office opens on every complaint of its county.
        var (_, officeQueue) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/complaints?q={q}");
        Targets(officeQueue).ShouldBe([routed, other], ignoreOrder: true);
        officeQueue.QuerySelector("[data-testid=routed-hint]").ShouldBeNull();

        // Its 工作台 and notices name the same complaint, and not the other department's.
        var api = await app.ApiAsync("jlp-pxjg");
        var todos = (await api.GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray().Select(t => t.GetProperty("link").GetString()).ToList();
        todos.ShouldContain($"/staff/complaints/{routedId}");
        todos.ShouldNotContain($"/staff/complaints/{otherId}");
        var notices = (await api.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("link").GetString()).ToList();
        notices.ShouldContain($"/staff/complaints/{routedId}");
        notices.ShouldNotContain($"/staff/complaints/{otherId}");
        var (_, workbench) = await department.GetAsync("/staff");
        workbench.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"/staff/complaints/{routedId}");

        // Another county's department sees neither, whatever it chooses.
        var (_, neighbour) = await (await app.PagesAsync("spb-pxjg")).GetAsync($"/staff/complaints?q={q}&department=all");
        Targets(neighbour).ShouldBeEmpty();
    }

    private static string[] Targets(IHtmlDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child > a").Select(a => a.TextContent.Trim()).ToArray();
}
