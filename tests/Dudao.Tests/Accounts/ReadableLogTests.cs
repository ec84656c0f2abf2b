using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data.Audit;
using Dudao.Modules.Accounts.Logs;
using Dudao.Modules.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Accounts;

/// <summary>What an office reads in its logs and lists is Chinese: names, values and codes.</summary>
public sealed class ReadableLogTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Every_audited_record_type_and_field_has_a_chinese_name(DatabaseKind kind)
    {
        var untranslated = await TestApp.For(kind).WithDbAsync(db => Task.FromResult(
            db.Model.GetEntityTypes().Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType) && !t.IsOwned())
                .SelectMany(t => t.GetProperties().Select(p => p.Name)
                    .Where(name => !name.Contains("Password", StringComparison.Ordinal) && !name.Contains("Stamp", StringComparison.Ordinal) && !name.Contains("Key", StringComparison.Ordinal))
                    .Where(name => AuditText.Field(name) == name).Select(name => $"{t.ClrType.Name}.{name}")
                    .Prepend(AuditText.RecordType(t.ClrType.Name) == t.ClrType.Name ? t.ClrType.Name : ""))
                .Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList()));
        untranslated.ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_audit_page_shows_a_change_as_chinese_field_old_to_new_under_the_records_name(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var school = await (await jlp.PostAsJsonAsync("/api/schools", new
        {
            code, name = "可读审计小学", type = "小学", ownership = "公办", regionCode = "500107", pupils = 10, teachers = 2,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = school.GetProperty("id").GetString()!;
        (await jlp.PutAsJsonAsync($"/api/schools/{id}", new
        {
            code, name = "可读审计小学（改名）", type = "小学", ownership = "公办", regionCode = "500107", pupils = 12, teachers = 2, version = 0,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (resp, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/audit?type=School&record={id}");
        resp.StatusCode.ShouldBe(HttpStatusCode.OK, await resp.Content.ReadAsStringAsync());
        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").ToList();
        rows.Count.ShouldBe(2);
        var update = rows[0].QuerySelector("[data-testid=audit-changes]")!.TextContent;
        update.ShouldContain("名称：可读审计小学 → 可读审计小学（改名）");
        update.ShouldContain("学生数：10 → 12");
        update.ShouldNotContain("教师数", customMessage: "an unchanged field is not listed");
        rows[1].QuerySelector("[data-testid=audit-changes]")!.TextContent.ShouldContain("代码：" + code);
        foreach (var row in rows)
        {
            row.TextContent.ShouldNotContain("{");
            row.TextContent.ShouldNotContain(id, customMessage: "the record is named, not shown by its id");
            row.TextContent.ShouldContain("可读审计小学（改名）");
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Audit_times_inside_changes_are_shown_in_china_time(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var user = await UserAdminTests.CreateOfficeUserAsync(jlp, name);

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/audit?type=User&record={user.GetProperty("id").GetString()}");
        var created = page.QuerySelectorAll("[data-testid=audit] tbody tr").Single(r => r.TextContent.Contains("新增", StringComparison.Ordinal));
        created.TextContent.ShouldContain("创建时间：2026-11-23 10:00:00", customMessage: "the fixed clock's 02:00 UTC in Asia/Shanghai");
        created.TextContent.ShouldContain("用户名：" + name);
        created.TextContent.ShouldNotContain("T02:00:00");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_record_outside_the_callers_scope_is_not_named_in_the_audit_log(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        (await jlp.PostAsJsonAsync("/api/schools", new
        {
            code, name = "范围外可读小学", type = "小学", ownership = "公办", regionCode = "500107", pupils = 10, teachers = 2,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var (_, spb) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/audit");
        spb.Body!.TextContent.ShouldNotContain("范围外可读小学");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_jobs_page_names_jobs_in_chinese(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (response, page) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/admin/jobs");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var names = page.QuerySelectorAll("table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        names.ShouldContain("标记逾期未整改问题");
        names.ShouldContain("审计日志链接哈希");
        names.ShouldNotContain("rectification-overdue");
    }

    [Theory, ClassData(typeof(Databases))]
    public void Every_job_has_a_chinese_title(DatabaseKind kind)
    {
        using var scope = TestApp.For(kind).Services.CreateScope();
        var jobs = scope.ServiceProvider.GetServices<IScheduledJob>().ToList();
        jobs.ShouldNotBeEmpty();
        jobs.ShouldAllBe(j => j.Title.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_login_log_shows_the_channel_in_chinese(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await UserAdminTests.CreateOfficeUserAsync(jlp, name);
        await app.ApiAsync(name, UserAdminTests.GoodPassword);

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/logins?user={name}&channel=api");
        var row = page.QuerySelectorAll("[data-testid=logins] tbody tr").Single();
        row.QuerySelectorAll("td")[3].TextContent.Trim().ShouldBe("接口调用");
        page.QuerySelectorAll("#channel option").Select(o => o.TextContent).ShouldBe(["全部", "网页登录", "接口调用"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_indicator_list_shows_the_template_family_by_name(DatabaseKind kind)
    {
        var (_, page) = await (await TestApp.For(kind).PagesAsync("jlp-admin")).GetAsync("/staff/indicators");
        var text = page.QuerySelector("table")!.TextContent;
        text.ShouldContain("“双减”学校督导");
        text.ShouldNotContain("shuangjian-school");
    }
}
