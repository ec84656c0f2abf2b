using System.Net;
using static Dudao.Tests.Training.TrainingApi;

namespace Dudao.Tests.Training;

public sealed class TrainingPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_files_fees_on_its_page_and_the_department_approves_them_on_the_queue(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var institution = await app.PagesAsync("jlp-jg");
        var (_, home) = await institution.GetAsync("/staff/training");
        home.QuerySelector("#filings")!.TextContent.ShouldContain("还没有备案");
        home.Body!.TextContent.ShouldContain(JlpUscc[0]);

        var bad = await institution.SubmitAsync("/staff/training/filings/new?kind=fee", "#filing-form",
            new() { ["Form.Title"] = "少儿国画", ["Form.Fees[0].Item"] = "学费", ["Form.Fees[0].Price"] = "1500", ["Form.Fees[0].Lessons"] = "0" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("第1项：课时数应为 1–1000 的整数");
        var filed = await institution.SubmitAsync("/staff/training/filings/new?kind=fee", "#filing-form",
            new() { ["Form.Title"] = "少儿国画", ["Form.Fees[0].Item"] = "学费", ["Form.Fees[0].Price"] = "1500", ["Form.Fees[0].Lessons"] = "20" });
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = filed.Headers.Location!.PathAndQuery;
        detail.ShouldStartWith("/staff/filings/");

        var reviewer = await app.PagesAsync("jlp-pxjg");
        var (_, queue) = await reviewer.GetAsync("/staff/filings");
        queue.QuerySelector("[data-testid=filings]")!.TextContent.ShouldContain("少儿国画");
        var path = detail.Split('?')[0];
        var refused = await reviewer.SubmitAsync(path, "#return-form", new() { ["Reason"] = "" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请填写退回理由");
        var approved = await reviewer.SubmitAsync(path, "#approve-form", new());
        var html = await approved.Content.ReadAsStringAsync();
        html.ShouldContain("已审核通过，已通知机构");
        PageClient.Parse(html).QuerySelector("[data-testid=filing-status]")!.TextContent.ShouldBe("已通过");

        var (_, after) = await institution.GetAsync("/staff/training");
        after.QuerySelector("#filings")!.TextContent.ShouldContain("已通过");
        (await (await app.PagesAsync("spb-pxjg")).Http.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_funds_page_imports_a_statement_lists_bad_rows_and_shows_flags(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.PagesAsync("jlp-pxjg");
        var fixture = File.ReadAllBytes(Path.Combine(Architecture.ModuleBoundaryTests.RepositoryRoot(), "tests", "Dudao.Tests", "Training", "Fixtures", "fund-statement-2026-10.xlsx"));
        var badCsv = System.Text.Encoding.UTF8.GetBytes("统一社会信用代码,对账期间,本期收取,本期消课划拨,本期退费,期末余额,最低余额\nX,2026-10,1,0,0,1,0\n");
        var refused = await office.SubmitAsync("/staff/funds", "#import-form", new(), new() { ["file"] = ("bad.csv", badCsv) });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        PageClient.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("[data-testid=row-errors]")!.TextContent.ShouldContain("统一社会信用代码应为18位");

        var imported = await office.SubmitAsync("/staff/funds", "#import-form", new(), new() { ["file"] = ("对账单.xlsx", fixture) });
        var page = PageClient.Parse(await imported.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=import-result]")!.TextContent.ShouldContain("新增 3 条");
        page.QuerySelector("[data-testid=fund-flags]")!.TextContent.ShouldContain("余额低于最低余额");
        page.QuerySelector("[data-testid=positions]")!.TextContent.ShouldContain("42,000.25");

        var saved = await office.SubmitAsync("/staff/funds", "#custody-form", new()
        {
            ["Custody.Uscc"] = JlpUscc[1], ["Custody.Bank"] = "重庆银行九龙坡支行", ["Custody.AccountNo"] = "6200123456", ["Custody.Platform"] = "四在", ["Custody.Since"] = "2026-09-01",
        });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("重庆银行九龙坡支行 6200123456");

        var (_, settings) = await (await app.PagesAsync("jlp-admin")).GetAsync("/staff/settings");
        var rule = settings.QuerySelector("[data-rule='training.purchase-lessons']")!.TextContent;
        rule.ShouldContain("法规");
        rule.ShouldContain("国家规定，非种子文件");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_schedule_page_shows_violations_and_the_department_turns_them_into_problems(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await InstitutionIdAsync(app, JlpUscc[0]);
        var lessons = new Dictionary<string, string>
        {
            ["Form.Lessons[0].Date"] = "2026-11-24", ["Form.Lessons[0].Start"] = "20:31", ["Form.Lessons[0].End"] = "21:01", ["Form.Lessons[0].Online"] = "true",
            ["Form.Lessons[0].Subject"] = "美术",
        };
        var checkedByInstitution = await (await app.PagesAsync("jlp-jg")).SubmitAsync($"/staff/training/schedule/{id}", "#schedule-form", lessons);
        var html = await checkedByInstitution.Content.ReadAsStringAsync();
        html.ShouldContain("晚于21:00");
        html.ShouldNotContain("违规转为整改问题");

        var department = await app.PagesAsync("jlp-pxjg");
        var checkedByDepartment = await department.SubmitAsync($"/staff/training/schedule/{id}", "#schedule-form", lessons);
        var problemsForm = PageClient.Parse(await checkedByDepartment.Content.ReadAsStringAsync()).QuerySelector("#problems-form");
        problemsForm.ShouldNotBeNull();
        var opened = await department.Http.PostAsync($"/staff/training/schedule/{id}", new FormUrlEncodedContent(
            problemsForm.QuerySelectorAll("input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))));
        var openedHtml = await opened.Content.ReadAsStringAsync();
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, openedHtml);
        PageClient.Parse(openedHtml).QuerySelector(".alert")?.TextContent.ShouldContain("已转为 1 个整改问题");
    }
}
