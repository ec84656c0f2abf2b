using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Institutions;
using Dudao.Modules.Organization.Schools;
using Dudao.Tests.Inspections;
using Dudao.Tests.Organization.Import;
using DocumentFormat.OpenXml.Packaging;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

/// <summary>
/// Characters XML cannot carry (U+0001, unpaired surrogates …) are refused wherever text comes in —
/// API JSON, page forms, imported cells — with the field named; records stored before still export.
/// </summary>
public sealed class ForbiddenTextTests
{
    private const string Refusal = "第5个字符是不可见的控制字符（U+0001），请删除后重新填写";

    private static string NewCode() => "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);

    private static object School(string code, string name) =>
        new { code, name, type = "小学", ownership = "公办", regionCode = "500107", pupils = 10, teachers = 2 };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_api_refuses_a_control_character_naming_the_json_field(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var code = NewCode();

        var school = await client.PostAsJsonAsync("/api/schools", School(code, "控制字符\u0001小学"));
        school.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await school.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe(Refusal);

        var uscc = Institutions.NewUscc();
        var body = Institutions.Body(uscc, "控制字符机构");
        body["address"] = "九龙坡区\u000B测试路";
        var institution = await client.PostAsJsonAsync("/api/institutions", body);
        institution.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await institution.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("address")[0].GetString()
            .ShouldBe("第5个字符是不可见的控制字符（U+000B），请删除后重新填写");

        // An escaped unpaired surrogate cannot even be read as a string; it is named like the rest.
        var json = $$"""{"code":"{{code}}","name":"代理\ud800","type":"小学","ownership":"公办","regionCode":"500107","pupils":1,"teachers":1}""";
        var surrogate = await client.PostAsync("/api/schools", new StringContent(json, Encoding.UTF8, "application/json"));
        surrogate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await surrogate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("不成对的代理字符");

        // U+0000 is one PostgreSQL cannot store at all.
        var nul = await client.PostAsJsonAsync("/api/schools", School(code, "空字符\u0000小学"));
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nul.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString()
            .ShouldBe("第4个字符是不可见的控制字符（U+0000），请删除后重新填写");

        (await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.Code == code))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.Uscc == uscc))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bodies_a_handler_reads_itself_are_checked_too_json_and_multipart(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (office, school) = (await app.ApiAsync("jlp-admin"), await app.ApiAsync("jlp-school"));
        var id = (await Rectification.Problems.CreateAsync(office, await Rectification.Problems.UnitIdAsync(app, "jlp-school"),
            Rectification.Problems.Unique("控制字符测试"))).GetProperty("id").GetString()!;
        (await school.PostAsJsonAsync($"/api/problems/{id}/plan", new { note = "整改方案" })).EnsureSuccessStatusCode();

        var json = await school.PostAsJsonAsync($"/api/problems/{id}/evidence", new { note = "已整改\u0001完成" });
        json.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("note")[0].GetString()
            .ShouldBe("第4个字符是不可见的控制字符（U+0001），请删除后重新填写");

        var multipart = await Rectification.Problems.EvidenceAsync(school, id, "已整改\u0001完成");
        multipart.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await multipart.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("note")[0].GetString()
            .ShouldBe("第4个字符是不可见的控制字符（U+0001），请删除后重新填写");
        (await Rectification.Problems.GetAsync(school, id)).GetProperty("status").GetString().ShouldBe("rectifying");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_openapi_document_still_says_strings_are_strings(DatabaseKind kind)
    {
        var document = JsonDocument.Parse(await (await TestApp.For(kind).ApiAsync("jlp-admin")).GetStringAsync("/openapi/v1.json")).RootElement;
        var name = document.GetProperty("components").GetProperty("schemas").GetProperty("SchoolInput").GetProperty("properties").GetProperty("name");
        name.GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["null", "string"], ignoreOrder: true);
        var parameter = document.GetProperty("paths").GetProperty("/api/public/complaints/{receiptCode}").GetProperty("get")
            .GetProperty("parameters")[0].GetProperty("schema");
        parameter.GetProperty("type").GetString().ShouldBe("string");
    }

    [Fact]
    public void An_indicator_template_sheet_names_the_row_and_column_of_a_control_character()
    {
        var file = Sheets.Build(Dudao.Modules.Indicators.Templates.TemplateSheet.Headers, ["A1", null, "一级_x000B_指标", null, null, null, null, null, null]);
        var error = Should.Throw<Dudao.Core.Errors.ImportRejectedException>(() =>
            Dudao.Modules.Indicators.Templates.TemplateSheet.Read(new MemoryStream(file), "template", "school", new Dudao.Modules.Shared.Spreadsheets.SpreadsheetLimits()));
        error.RowErrors.ShouldContain(new Dudao.Core.Errors.RowError(2, "名称", "名称：第3个字符是不可见的控制字符（U+000B），请删除后重新填写"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_page_form_shows_the_refusal_under_the_field_and_saves_nothing(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var code = NewCode();
        var response = await pages.SubmitAsync("/staff/schools/new", "#school-form", new()
        {
            ["Input.Code"] = code, ["Input.Name"] = "控制字符\u0001小学", ["Input.Type"] = "小学", ["Input.Ownership"] = "公办",
            ["Input.RegionCode"] = "500107", ["Input.Pupils"] = "10", ["Input.Teachers"] = "2",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#Input-Name")!.ParentElement!.QuerySelector(".field-error")!.TextContent.ShouldBe(Refusal);
        (await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.Code == code))).ShouldBe(0);

        var uscc = Institutions.NewUscc();
        var institution = await pages.SubmitAsync("/staff/institutions/new", "#institution-form", new()
        {
            ["Input.Uscc"] = uscc, ["Input.Name"] = "控制字符\u0001机构", ["Input.Category"] = "非学科类", ["Input.Kind"] = "科技",
            ["Input.Profit"] = "营利性", ["Input.Mode"] = "线下", ["Input.Licence"] = "证照齐全", ["Input.RegionCode"] = "500107",
        });
        institution.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await institution.Content.ReadAsStringAsync())
            .QuerySelector("#Input-Name")!.ParentElement!.QuerySelector(".field-error")!.TextContent.ShouldBe(Refusal);
        (await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.Uscc == uscc))).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_sign_in_with_a_control_character_is_an_ordinary_failed_attempt_and_is_logged(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var userName = $"nobody{Random.Shared.Next(100000, 999999)}\u0001";
        var pages = new PageClient(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await pages.SubmitAsync("/login", "form", new() { ["userName"] = userName, ["password"] = "Dudao@2026\u0001" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");
        (await app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.LoginRecord>().CountAsync(r => r.UserName == userName))).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_import_names_the_row_and_column_of_a_control_character(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var code = NewCode();
        // Excel saves a control character typed or pasted into a cell as _x0001_.
        var schools = Sheets.Build([.. SchoolInput.Headers.Values], [code, "控制字符_x0001_小学", "小学", "公办", "500107", null, 10, 2]);
        var response = await Sheets.UploadAsync(client, "/api/schools/import", schools);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(2);
        error.GetProperty("column").GetString().ShouldBe("学校名称");
        error.GetProperty("message").GetString().ShouldBe("学校名称：" + Refusal);
        (await app.WithDbAsync(db => db.Set<School>().CountAsync(s => s.Code == code))).ShouldBe(0);

        var uscc = Institutions.NewUscc();
        var institutions = Sheets.Build([.. InstitutionInput.Headers.Values],
            [uscc, "控制字符_x0001_机构", "非学科类", "体育", "营利性", "线下", "证照齐全", "500107", "测试路1号"]);
        var refused = await Sheets.UploadAsync(client, "/api/institutions/import", institutions);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var institutionError = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors")[0];
        institutionError.GetProperty("column").GetString().ShouldBe("机构名称");
        institutionError.GetProperty("message").GetString().ShouldBe("机构名称：" + Refusal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_record_stored_before_exports_to_xlsx_and_docx_for_the_county_and_the_city_above(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var code = NewCode();
        await app.WithDbAsync(async db =>
        {
            // Only controls: neither database keeps an unpaired surrogate (PostgreSQL refuses it, SQLite stores U+FFFD).
            db.Add(new School { Code = code, Name = "旧数据\u0001小学\u001F", Type = "小学", Ownership = "公办", RegionCode = "500107", Pupils = 10, Teachers = 2 });
            return await db.SaveChangesAsync();
        });

        foreach (var user in new[] { "jlp-admin", "admin" })
        {
            var export = await (await app.ApiAsync(user)).GetAsync("/api/schools/export?regionCode=500107");
            export.StatusCode.ShouldBe(HttpStatusCode.OK, user);
            using var document = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
            rows.ShouldContain(r => r[0] == code && r[1] == "旧数据小学", user);
        }

        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[3];
        var visit = await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-12")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = visit.GetProperty("id").GetString()!;
        await app.WithDbAsync(db => db.Set<Visit>().Where(v => v.Id == id)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.TargetName, "旧数据\u0001小学").SetProperty(x => x.Summary, "摘要\u0008完")));

        var report = await inspector.GetAsync($"/api/visits/{id}/report");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = ReportTests.Text(await report.Content.ReadAsByteArrayAsync());
        text.ShouldContain("旧数据小学督导报告");
        text.ShouldContain("摘要完");
    }
}
