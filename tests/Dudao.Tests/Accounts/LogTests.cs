using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Accounts;

public sealed class LogTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_edited_school_shows_in_its_countys_audit_log_and_not_in_another_countys(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);
        var school = await (await jlp.PostAsJsonAsync("/api/schools", new
        {
            code, name = "审计测试小学", type = "小学", ownership = "公办", regionCode = "500107", pupils = 10, teachers = 2,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = school.GetProperty("id").GetString()!;
        (await jlp.PutAsJsonAsync($"/api/schools/{id}", new
        {
            code, name = "审计测试小学（改名）", type = "小学", ownership = "公办", regionCode = "500107", pupils = 10, teachers = 2, version = 0,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = await jlp.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=School&entityId={id}");
        entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldBe(["update", "create"]);
        entries.GetProperty("items")[0].GetProperty("userName").GetString().ShouldBe("jlp-admin");

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/audit?type=School&record={id}");
        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("修改");
        rows[0].ShouldContain("学校");
        rows[0].ShouldContain("审计测试小学（改名）");
        rows[0].ShouldContain("2026-11-23 10:00:00", customMessage: "the fixed clock's 02:00 UTC in Asia/Shanghai");
        rows[1].ShouldContain("新增");

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetFromJsonAsync<JsonElement>($"/api/audit?entityId={id}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await spb.GetFromJsonAsync<JsonElement>("/api/audit?userName=jlp-admin")).GetProperty("total").GetInt32().ShouldBe(0);
        var (_, spbPage) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/audit?user=jlp-admin");
        spbPage.QuerySelectorAll("[data-testid=audit] tbody tr").Length.ShouldBe(0);
        var (_, spbAll) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/audit");
        spbAll.Body!.TextContent.ShouldNotContain(id);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_audit_log_filters_by_date_in_china_time(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        await UserAdminTests.CreateOfficeUserAsync(jlp, UserAdminTests.NewName());
        // The fixed clock is 2026-11-23 10:00 in Shanghai.
        (await jlp.GetFromJsonAsync<JsonElement>("/api/audit?from=2026-11-23&to=2026-11-23")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        (await jlp.GetFromJsonAsync<JsonElement>("/api/audit?from=2026-11-24")).GetProperty("total").GetInt32().ShouldBe(0);
        (await jlp.GetFromJsonAsync<JsonElement>("/api/audit?to=2026-11-22")).GetProperty("total").GetInt32().ShouldBe(0);

        var (response, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/audit?from=23/11/2026");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Body!.TextContent.ShouldContain("日期格式应为");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_failed_login_is_in_the_login_log_as_a_wrong_password(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await UserAdminTests.CreateOfficeUserAsync(jlp, name);
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = name, password = "Wrong@Pass123" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await app.ApiAsync(name, UserAdminTests.GoodPassword);

        var log = await jlp.GetFromJsonAsync<JsonElement>($"/api/logins?userName={name}");
        var items = log.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("result").GetString()).ShouldBe(["成功", "密码错误"]);
        items.ShouldAllBe(i => i.GetProperty("channel").GetString() == "api" && i.GetProperty("regionCode").GetString() == "500107");
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/logins?userName={name}&succeeded=false")).GetProperty("total").GetInt32().ShouldBe(1);

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/logins?user={name}&result=failed");
        var row = page.QuerySelector("[data-testid=logins] tbody tr").ShouldNotBeNull().TextContent;
        row.ShouldContain("密码错误");
        row.ShouldContain(name);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetFromJsonAsync<JsonElement>($"/api/logins?userName={name}")).GetProperty("total").GetInt32().ShouldBe(0);
        var (_, spbPage) = await (await app.PagesAsync("spb-admin")).GetAsync($"/staff/logins?user={name}");
        spbPage.QuerySelectorAll("[data-testid=logins] tbody tr").Length.ShouldBe(0);
    }
}
