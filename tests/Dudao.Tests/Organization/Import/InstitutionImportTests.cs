using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Institutions;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization.Import;

public sealed class InstitutionImportTests
{
    private static readonly string[] Headers = [.. InstitutionInput.Headers.Values];

    private static object?[] Row(string uscc, string region = "500107", string category = "非学科类", string? kind = "体育", string profit = "营利性") =>
        [uscc, $"导入测试培训中心{uscc[^6..]}", category, kind, profit, "线下", "证照齐全", region, "重庆市九龙坡区测试路2号"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Institutions_import_and_reimporting_keeps_their_status(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var usccs = new[] { Institutions.NewUscc(), Institutions.NewUscc() };
        var file = Sheets.Build(Headers, [.. usccs.Select(u => Row(u))]);

        var first = await (await Sheets.UploadAsync(client, "/api/institutions/import", file)).Content.ReadFromJsonAsync<JsonElement>();
        first.GetProperty("imported").GetInt32().ShouldBe(2);
        await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.Uscc == usccs[0]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, "取缔")));

        var again = await (await Sheets.UploadAsync(client, "/api/institutions/import", file)).Content.ReadFromJsonAsync<JsonElement>();
        again.GetProperty("updated").GetInt32().ShouldBe(2);
        var statuses = await app.WithDbAsync(db => db.Set<Institution>().Where(i => usccs.Contains(i.Uscc)).ToDictionaryAsync(i => i.Uscc, i => (i.Status, i.Version)));
        statuses[usccs[0]].ShouldBe(("取缔", 1));
        statuses[usccs[1]].ShouldBe(("正常", 1));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_institution_rows_are_listed_and_nothing_is_written(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var good = Institutions.NewUscc();
        var response = await Sheets.UploadAsync(client, "/api/institutions/import", Sheets.Build(Headers,
            Row(good),
            Row(good[..^1] + (good[^1] == '0' ? '1' : '0')),                          // 3 check character
            Row(Institutions.NewUscc(), category: "学科类", kind: null),               // 4 subject training must be non-profit
            Row(good),                                                               // 5 duplicate
            Row(Institutions.NewUscc("500106"), region: "500106")));                 // 6 outside scope

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString()))
            .ToList();
        errors.ShouldContain((3, "统一社会信用代码"));
        errors.ShouldContain((4, "营利性质"));
        errors.ShouldContain((5, "统一社会信用代码"));
        errors.ShouldContain((6, "行政区划代码"));
        errors.ShouldNotContain(e => e.Row == 2);
        (await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.Uscc == good))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Institution_template_and_export_carry_the_headers_and_stay_in_scope(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("spb-admin");
        Sheets.Read(await client.GetByteArrayAsync("/api/institutions/import-template")).Single().Cells.ShouldBe(Headers);
        var export = Sheets.Read(await client.GetByteArrayAsync("/api/institutions/export"));
        // The export names the region beside its code; the template stays what the import reads.
        export[0].Cells.ShouldBe([.. Headers.Take(8), "行政区划名称", .. Headers.Skip(8)]);
        export.Skip(1).ShouldNotBeEmpty();
        export.Skip(1).ShouldAllBe(r => r.Cells[7] == "500106" && r.Cells[8] == "沙坪坝区");

        var pages = await TestApp.For(kind).PagesAsync("spb-admin");
        Sheets.Read(await pages.Http.GetByteArrayAsync("/staff/institutions/export?regionCode=500107")).Count.ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_institution_import_page_lists_row_errors(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("jlp-admin");
        var file = Sheets.Build(Headers, Row("91500107MA0000000X"));
        var response = await pages.SubmitAsync("/staff/institutions/import", "form[enctype='multipart/form-data']", [], new() { ["file"] = ("bad.xlsx", file) });
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelectorAll("[data-testid=row-errors] tbody tr td:nth-child(2)").Select(td => td.TextContent).ShouldContain("统一社会信用代码");
    }
}
