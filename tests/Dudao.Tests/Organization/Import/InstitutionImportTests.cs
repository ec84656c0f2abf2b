using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Core.Time;
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
    public async Task The_training_department_imports_with_the_dated_history_a_step_writes(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-pxjg");
        var (running, applying) = (Institutions.NewUscc(), Institutions.NewUscc());
        object?[] With(string uscc, string licence, string? status) => [.. Row(uscc).Take(6), licence, .. Row(uscc).Skip(7), status];

        var created = await Sheets.UploadAsync(client, "/api/institutions/import", Sheets.Build(Headers,
            With(running, "证照齐全", null), With(applying, "证照齐全", "审批中")));
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var ids = await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.Uscc == running || i.Uscc == applying).ToDictionaryAsync(i => i.Uscc, i => i.Id));
        (await Steps(app, ids[running])).ShouldBe([("register", null, "正常")]);
        (await Steps(app, ids[applying])).ShouldBe([("register", null, "审批中")]);

        // An application cannot be suspended: the row is refused naming what may follow, and nothing is written.
        var refused = await Sheets.UploadAsync(client, "/api/institutions/import", Sheets.Build(Headers,
            With(running, "无证有照", "停办"), With(applying, "证照齐全", "停办")));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray().Single();
        (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()).ShouldBe((3, "状态"));
        error.GetProperty("message").GetString()!.ShouldContain("不能从“审批中”变更为“停办”；可选：正常、注销");
        (await Steps(app, ids[running])).Count.ShouldBe(1);

        var changed = await Sheets.UploadAsync(client, "/api/institutions/import", Sheets.Build(Headers, With(running, "无证有照", "停办")));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await Steps(app, ids[running])).ShouldBe([("register", null, "正常"), ("licence", "证照齐全", "无证有照"), ("status", "正常", "停办")]);
        var closing = await app.WithDbAsync(db => db.Set<InstitutionEvent>().SingleAsync(e => e.TargetId == ids[running] && e.Kind == "status"));
        (closing.StatusBefore, closing.LicenceBefore, closing.CategoryBefore, closing.OccurredOn).ShouldBe(("正常", "无证有照", "非学科类", app.Clock.Today()));
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/institutions/{ids[running]}/history");
        history.GetProperty("status").GetString().ShouldBe("停办");

        var basic = await Sheets.UploadAsync(await app.ApiAsync("jlp-jjk"), "/api/institutions/import", Sheets.Build(Headers, Row(Institutions.NewUscc())));
        basic.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static readonly string[] StepOrder = ["register", "licence", "status"];

    /// <summary>An institution's steps as (kind, from, to), in the order an import writes them.</summary>
    private static async Task<List<(string, string?, string?)>> Steps(TestApp app, string id)
    {
        var steps = await app.WithDbAsync(db => db.Set<InstitutionEvent>().Where(e => e.TargetId == id).ToListAsync());
        return [.. steps.OrderBy(e => e.RecordedAt).ThenBy(e => Array.IndexOf(StepOrder, e.Kind)).Select(e => (e.Kind, e.FromState, e.ToState))];
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
