using System.Globalization;
using System.Net;
using Dudao.Modules.Organization.Schools;

namespace Dudao.Tests.Organization.Import;

public sealed class SchoolImportPageTests
{
    private static readonly string[] Headers = [.. SchoolInput.Headers.Values];
    private const string Form = "form[enctype='multipart/form-data']";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_import_page_lists_row_errors_in_a_table(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("jlp-admin");
        var file = Sheets.Build(Headers, ["123", "坏学校", "大学", "公办", "500107", null, 1, 1]);
        var response = await pages.SubmitAsync("/staff/schools/import", Form, [], new() { ["file"] = ("bad.xlsx", file) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        var cells = page.QuerySelectorAll("[data-testid=row-errors] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        cells.ShouldContain(c => c[0] == "2" && c[1] == "学校标识码");
        cells.ShouldContain(c => c[0] == "2" && c[1] == "学校类型");
        page.QuerySelector("thead")!.TextContent.ShouldContain("问题");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_import_page_reports_counts_and_refuses_garbage(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("jlp-admin");
        var code = "2150" + Random.Shared.Next(300000, 999999).ToString("000000", CultureInfo.InvariantCulture);
        var file = Sheets.Build(Headers, [code, "页面导入小学", "小学", "公办", "500107", null, 10, 2]);
        var ok = await pages.SubmitAsync("/staff/schools/import", Form, [], new() { ["file"] = ("ok.xlsx", file) });
        var page = PageClient.Parse(await ok.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=import-result]")!.TextContent.ShouldContain("新增 1 条");

        var garbage = await pages.SubmitAsync("/staff/schools/import", Form, [], new() { ["file"] = ("x.xlsx", "not a workbook"u8.ToArray()) });
        garbage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await garbage.Content.ReadAsStringAsync()).ShouldContain("文件不是有效的 .xlsx 文件");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Page_downloads_use_the_cookie_and_stay_in_scope(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("spb-admin");
        var template = await pages.Http.GetAsync("/staff/schools/import-template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        Sheets.Read(await template.Content.ReadAsByteArrayAsync()).Single().Cells.ShouldBe(Headers);

        var export = Sheets.Read(await pages.Http.GetByteArrayAsync("/staff/schools/export"));
        export.Skip(1).ShouldNotBeEmpty();
        export.Skip(1).ShouldAllBe(r => r.Cells[4] == "500106");
        Sheets.Read(await pages.Http.GetByteArrayAsync("/staff/schools/export?regionCode=500107")).Count.ShouldBe(1);

        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync("/staff/schools/export");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/login");
    }
}
