using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Schools;
using Dudao.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization.Import;

public sealed class SpreadsheetBombTests
{
    private static readonly string[] Headers = [.. SchoolInput.Headers.Values];

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_crafted_sheet_is_refused_with_a_chinese_message(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        foreach (var (name, file, refusal) in HostileSheets.All())
        {
            var response = await Sheets.UploadAsync(client, "/api/schools/import", file);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{name}: {body}");
            JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain(refusal, customMessage: name);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Row_errors_stop_at_the_limit_and_a_last_entry_counts_the_rest(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        // 1 500 rows, each with one bad (and distinct) code.
        var file = Sheets.Build(Headers, [.. Enumerable.Range(0, 1_500).Select(i => new object?[] { $"{i}", $"错误码小学{i}", "小学", "公办", "500107", null, 1, 1 })]);

        var response = await Sheets.UploadAsync(await app.ApiAsync("jlp-admin"), "/api/schools/import", file);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray().ToList();
        errors.Count.ShouldBe(1_001);
        errors[999].GetProperty("row").GetInt32().ShouldBe(1_001);
        errors[^1].GetProperty("row").GetInt32().ShouldBe(1_002);
        errors[^1].GetProperty("message").GetString().ShouldBe("……及另外500处错误（只列出前1000处）");

        var pages = await app.PagesAsync("jlp-admin");
        var page = PageClient.Parse(await (await pages.SubmitAsync("/staff/schools/import", "form[enctype='multipart/form-data']", [],
            new() { ["file"] = ("bad.xlsx", file) })).Content.ReadAsStringAsync());
        page.QuerySelectorAll(".card-title").Select(t => t.TextContent).ShouldContain(t => t.Contains("共 1500 处错误"));
        page.QuerySelectorAll("[data-testid=row-errors] tbody tr").Length.ShouldBe(1_001);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_row_numbered_far_below_the_last_is_one_error_for_the_blank_rows(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var code = "2150" + Random.Shared.Next(300000, 999999).ToString("000000", CultureInfo.InvariantCulture);
        var file = CraftedXlsx.Build(HostileSheets.Headers + CraftedXlsx.Row(2, "2150000001", "空行前", "小学", "公办", "500107", null, "1", "1")
                                     + CraftedXlsx.Row(1_000_000, code, "空行后", "小学", "公办", "500107", null, "1", "1"));

        var response = await Sheets.UploadAsync(await app.ApiAsync("jlp-admin"), "/api/schools/import", file);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Message: e.GetProperty("message").GetString())).ToList();
        errors.ShouldContain((3, "第3行至第999999行是空行：数据之间不能有空行"));
        errors.Count(e => e.Message!.Contains("空行", StringComparison.Ordinal)).ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.Code == code))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_limits_come_from_configuration(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?>
        {
            ["Dudao:Spreadsheets:MaxRows"] = "100", ["Dudao:Spreadsheets:MaxRowErrors"] = "3",
        });
        var client = await app.ApiAsync("jlp-admin");

        var tooLong = await Sheets.UploadAsync(client, "/api/schools/import", CraftedXlsx.Build(HostileSheets.Headers + CraftedXlsx.Row(101, "x")));
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("工作表的行号 101 超过了上限：最多 100 行");

        var bad = await Sheets.UploadAsync(client, "/api/schools/import",
            Sheets.Build(Headers, [.. Enumerable.Range(0, 5).Select(i => new object?[] { $"{i}", $"错误码小学{i}", "小学", "公办", "500107", null, 1, 1 })]));
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray().ToList();
        errors.Count.ShouldBe(4);
        errors[^1].GetProperty("message").GetString().ShouldBe("……及另外2处错误（只列出前3处）");
    }
}
