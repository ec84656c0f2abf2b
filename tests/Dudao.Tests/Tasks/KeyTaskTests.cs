using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Tasks;

/// <summary>
/// The key-task list: a city's tasks handed down beside a district's own, never another district's;
/// progress from the responsible unit; overdue tasks and missing reports chased once by the daily job.
/// </summary>
public sealed class KeyTaskTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_district_sees_the_citys_tasks_and_its_own_not_another_districts(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var mark = Guid.NewGuid().ToString("N")[..8];
        var cityTask = await CreateAsync(await app.ApiAsync("admin"), "500000", $"市级任务{mark}", "基教科", "2041-06");
        var jlpTask = await CreateAsync(await app.ApiAsync("jlp-admin"), "500107", $"九龙坡任务{mark}", "基教科", "2041-06");
        var spbTask = await CreateAsync(await app.ApiAsync("spb-admin"), "500106", $"沙坪坝任务{mark}", "校外培训监管科", "2041-06");

        async Task<List<string>> Seen(string user, string query = "") =>
            (await (await app.ApiAsync(user)).GetFromJsonAsync<JsonElement>($"/api/tasks{query}")).EnumerateArray()
            .Select(t => t.GetProperty("id").GetString()!).Where(id => id == cityTask || id == jlpTask || id == spbTask).ToList();
        (await Seen("jlp-admin")).ShouldBe([cityTask, jlpTask], ignoreOrder: true);
        (await Seen("jlp-jjk")).ShouldBe([cityTask, jlpTask], ignoreOrder: true);
        (await Seen("spb-admin")).ShouldBe([cityTask, spbTask], ignoreOrder: true);
        (await Seen("admin")).ShouldBe([cityTask]);
        (await Seen("admin", "?regionCode=500106")).ShouldBe([cityTask, spbTask], ignoreOrder: true);
        var jlp = await app.ApiAsync("jlp-admin");
        (await jlp.GetAsync("/api/tasks?regionCode=500106")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetAsync($"/api/tasks/{spbTask}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/tasks/{spbTask}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A district's department reports its own progress on the city's task; the other district never reads it.
        var report = await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync($"/api/tasks/{cityTask}/progress", new { text = "已制定区级方案", percent = 40 });
        report.StatusCode.ShouldBe(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        var (jlpView, spbView) = (await TaskAsync(jlp, cityTask), await TaskAsync(await app.ApiAsync("spb-admin"), cityTask));
        jlpView.GetProperty("progress").GetArrayLength().ShouldBe(1);
        jlpView.GetProperty("handedDown").GetBoolean().ShouldBeTrue();
        spbView.GetProperty("progress").GetArrayLength().ShouldBe(0);
        var done = await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync($"/api/tasks/{cityTask}/progress", new { text = "完成", percent = 100, done = true });
        done.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("done", out _).ShouldBeTrue();
        (await (await app.ApiAsync("spb-jjk")).PostAsJsonAsync($"/api/tasks/{spbTask}/progress", new { text = "x", percent = 10 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_overdue_task_is_chased_once_and_a_report_is_a_todo_until_sent(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind); // 2026-11-23
        var office = await app.ApiAsync("jlp-admin");
        var late = await CreateAsync(office, "500107", "把“双减”工作列入重要议事日程，制定出时间表、路线图、任务书。", "基教科", "2026-10");
        var current = await CreateAsync(office, "500107", "义务教育学校课后服务“5+2”全覆盖。", "基教科", "2026-12");
        (await TaskAsync(office, late)).GetProperty("status").GetString().ShouldBe("overdue");
        (await TaskAsync(office, current)).GetProperty("status").GetString().ShouldBe("open");

        var department = await app.ApiAsync("jlp-jjk");
        var todos = (await department.GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "task-report").Select(t => t.GetProperty("link").GetString()).ToList();
        todos.ShouldBe([$"/staff/tasks/{late}", $"/staff/tasks/{current}"], ignoreOrder: true);

        var run = await (await app.ApiAsync("admin")).PostAsync("/api/admin/jobs/key-task-reminders/run", null);
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        (await (await app.ApiAsync("admin")).PostAsync("/api/admin/jobs/key-task-reminders/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var notices = await NoticesAsync(department);
        notices.Count(n => n.Link == $"/staff/tasks/{late}" && n.Title.StartsWith("催办", StringComparison.Ordinal)).ShouldBe(1);
        // The report day (25th by default) has not passed, so the current task is not chased yet.
        notices.ShouldNotContain(n => n.Link == $"/staff/tasks/{current}");

        // The department reports on the page; the to-do goes, and after the 25th only unreported tasks are chased.
        var pages = await app.PagesAsync("jlp-jjk");
        var refused = await pages.SubmitAsync($"/staff/tasks/{current}", "#progress-form", new() { ["Input.Percent"] = "120", ["Input.Text"] = "" });
        var refusedBody = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, refusedBody);
        PageClient.Parse(refusedBody).QuerySelectorAll("#progress-form .field-error").Select(e => e.TextContent)
            .ShouldContain(m => m.Contains("0至100", StringComparison.Ordinal), refusedBody);
        var sent = await pages.SubmitAsync($"/staff/tasks/{current}", "#progress-form", new() { ["Input.Percent"] = "60", ["Input.Text"] = "已覆盖全部学校" });
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        PageClient.Parse(await sent.Content.ReadAsStringAsync()).QuerySelector("#progress")!.TextContent.ShouldContain("已覆盖全部学校");
        (await department.GetFromJsonAsync<JsonElement>("/api/me/todos")).EnumerateArray()
            .ShouldNotContain(t => t.GetProperty("link").GetString() == $"/staff/tasks/{current}");

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        (await (await app.ApiAsync("admin")).PostAsync("/api/admin/jobs/key-task-reminders/run", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NoticesAsync(await app.ApiAsync("jlp-jjk"))).ShouldNotContain(n => n.Link == $"/staff/tasks/{current}");

        // Marked done, the late task leaves the board's overdue count.
        (await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync($"/api/tasks/{late}/progress", new { text = "已完成", percent = 100, done = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, board) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/tasks");
        board.QuerySelector($"#tasks tr[data-id='{late}']")!.GetAttribute("data-status").ShouldBe("done");
        board.QuerySelector("[data-figure=overdue]")!.TextContent.ShouldBe("0");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_task_names_its_fields(DatabaseKind kind)
    {
        var office = await TestApp.For(kind).ApiAsync("jlp-admin");
        var response = await office.PostAsJsonAsync("/api/tasks", new { title = "", departmentIds = new[] { "nope" }, deadline = "2026-13", milestones = new[] { new { title = "x", month = "六月" } } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "title", "departmentIds", "deadline", "milestones[0].month" }) errors.TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    private static async Task<string> CreateAsync(HttpClient office, string region, string title, string department, string deadline)
    {
        var departments = await office.GetFromJsonAsync<JsonElement>($"/api/departments?regionCode={region}&pageSize=200");
        var id = departments.GetProperty("items").EnumerateArray().First(d => d.GetProperty("name").GetString() == department && d.GetProperty("regionCode").GetString() == region)
            .GetProperty("id").GetString();
        var response = await office.PostAsJsonAsync("/api/tasks", new { title, departmentIds = new[] { id }, deadline, milestones = Array.Empty<object>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> TaskAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");

    private static async Task<List<(string Title, string? Link)>> NoticesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me/notices?pageSize=200")).GetProperty("items").EnumerateArray()
        .Select(n => (n.GetProperty("title").GetString()!, n.GetProperty("link").GetString())).ToList();
}
