using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Schools;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization.Import;

public sealed class SchoolImportTests
{
    private static readonly string[] Headers = [.. SchoolInput.Headers.Values];

    private static string NewCode() => "2150" + Random.Shared.Next(300000, 999999).ToString("000000", CultureInfo.InvariantCulture);

    private static object?[] Row(string code, string region = "500107", string name = "导入测试小学", string? zone = null, object? pupils = null) =>
        [code, $"{name}{code}", "小学", "公办", region, zone, pupils ?? 500, 30, null, null, null];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_valid_file_imports_and_importing_it_again_updates(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var codes = new[] { NewCode(), NewCode(), NewCode() };
        // Columns in another order than the template's, to show that order does not matter.
        string[] shuffled = [.. Headers.Reverse()];
        object?[] Reversed(object?[] row) => [.. row.Reverse()];

        var first = await Sheets.UploadAsync(client, "/api/schools/import",
            Sheets.Build(shuffled, [.. codes.Select(c => Reversed(Row(c, zone: "第一责任区")))]));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var counts = await first.Content.ReadFromJsonAsync<JsonElement>();
        counts.GetProperty("imported").GetInt32().ShouldBe(3);
        counts.GetProperty("updated").GetInt32().ShouldBe(0);

        var again = await Sheets.UploadAsync(client, "/api/schools/import",
            Sheets.Build(Headers, [.. codes.Select(c => Row(c, name: "改名小学", pupils: 901))]));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        counts = await again.Content.ReadFromJsonAsync<JsonElement>();
        counts.GetProperty("imported").GetInt32().ShouldBe(0);
        counts.GetProperty("updated").GetInt32().ShouldBe(3);

        var school = (await client.GetFromJsonAsync<JsonElement>($"/api/schools?q={codes[0]}")).GetProperty("items")[0];
        school.GetProperty("name").GetString().ShouldBe($"改名小学{codes[0]}");
        school.GetProperty("pupils").GetInt32().ShouldBe(901);
        school.GetProperty("zone").ValueKind.ShouldBe(JsonValueKind.Null);
        school.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_rows_are_each_listed_by_row_and_column_and_nothing_is_written(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var codes = Enumerable.Range(0, 5).Select(_ => NewCode()).ToArray();

        var response = await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(Headers,
            Row(codes[0]),                               // 2 fine
            Row("12345"),                                // 3 bad code
            Row(codes[1], region: "999999"),             // 4 unknown region
            Row(codes[0]),                               // 5 duplicate of row 2
            [null, null, null, null, null, null, null, null], // 6 empty
            Row(codes[2]),                               // 7 fine
            Row(codes[3], region: "500106"),             // 8 outside the caller's county
            Row(codes[4], zone: "不存在的责任区", pupils: "很多")));  // 9 unknown zone, bad number

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "学校标识码" && e.Message.Contains("10位数字"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "行政区划代码" && e.Message == "行政区划代码“999999”不存在");
        errors.ShouldContain(e => e.Row == 5 && e.Column == "学校标识码" && e.Message.Contains("与第2行重复"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == null && e.Message.Contains("空行"));
        errors.ShouldContain(e => e.Row == 8 && e.Column == "行政区划代码" && e.Message.Contains("不在您的管理范围内"));
        errors.ShouldContain(e => e.Row == 9 && e.Column == "督导责任区");
        errors.ShouldContain(e => e.Row == 9 && e.Column == "学生数");
        errors.ShouldNotContain(e => e.Row == 2 || e.Row == 7);
        (await app.WithDbAsync(db => db.Set<School>().CountAsync(s => codes.Contains(s.Code)))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_missing_header_is_named_on_row_1(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var response = await Sheets.UploadAsync(client, "/api/schools/import",
            // Without 教师数 (the optional columns after it left out as well, which is fine).
            Sheets.Build(Headers[..7], Row(NewCode())[..7]));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray().Single();
        error.GetProperty("row").GetInt32().ShouldBe(1);
        error.GetProperty("column").GetString().ShouldBe("教师数");
        error.GetProperty("message").GetString()!.ShouldContain("缺少表头“教师数”");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_code_of_a_school_outside_the_callers_scope_is_refused(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var spbCode = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500106").Select(s => s.Code).FirstAsync());

        var response = await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(Headers, Row(spbCode)));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString()!.ShouldContain("管理范围以外");
        (await app.WithDbAsync(db => db.Set<School>().SingleAsync(s => s.Code == spbCode))).RegionCode.ShouldBe("500106");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_file_that_is_not_xlsx_gets_a_chinese_400(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var response = await Sheets.UploadAsync(client, "/api/schools/import", "学校标识码,学校名称\n1,2"u8.ToArray(), "schools.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("文件不是有效的 .xlsx 文件");

        var none = await client.PostAsync("/api/schools/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).ShouldContain("请选择要导入的 .xlsx 文件");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_office_staff_may_import(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-jjk");
        var response = await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(Headers, Row(NewCode())));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Template_and_export_carry_the_headers_and_export_stays_in_scope(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("spb-admin");
        var template = await client.GetAsync("/api/schools/import-template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        template.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var templateRows = Sheets.Read(await template.Content.ReadAsByteArrayAsync());
        templateRows.Single().Cells.ShouldBe(Headers);

        var export = Sheets.Read(await client.GetByteArrayAsync("/api/schools/export"));
        // The export names the region beside its code; the template stays what the import reads.
        export[0].Cells.ShouldBe([.. Headers.Take(5), "行政区划名称", .. Headers.Skip(5)]);
        export.Count.ShouldBeGreaterThan(1);
        export.Skip(1).ShouldAllBe(r => r.Cells[4] == "500106" && r.Cells[5] == "沙坪坝区");

        var other = Sheets.Read(await client.GetByteArrayAsync("/api/schools/export?regionCode=500107"));
        other.Count.ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_exported_file_imports_back_as_updates(DatabaseKind kind)
    {
        // Its own app: on the shared one, other tests move and add schools in 500107 between the export and the import.
        using var app = TestApp.Start(kind);
        var client = await app.ApiAsync("jlp-admin");
        var code = NewCode();
        (await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(Headers, Row(code)))).EnsureSuccessStatusCode();
        var export = await client.GetByteArrayAsync("/api/schools/export?regionCode=500107");
        var rows = Sheets.Read(export).Count - 1;

        var response = await Sheets.UploadAsync(client, "/api/schools/import", export);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var counts = await response.Content.ReadFromJsonAsync<JsonElement>();
        counts.GetProperty("updated").GetInt32().ShouldBe(rows);
    }
}
