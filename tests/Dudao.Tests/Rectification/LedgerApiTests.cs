using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Organization.Import;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Rectification;

public sealed class LedgerApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_ledger_filters_by_status_source_category_and_school_and_keeps_to_the_callers_scope(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var otherSchool = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500107" && s.Id != schoolId).Select(s => s.Id).FirstAsync());
        var tag = Guid.NewGuid().ToString("N");
        var mine = (await Problems.CreateAsync(office, schoolId, $"舆情：学校要求家长批改作业 {tag}", new { source = "public-opinion", category = "作业管理" })).Id();
        var other = (await Problems.CreateAsync(office, otherSchool, $"课后服务未全覆盖 {tag}", new { category = "课后服务" })).Id();

        async Task<List<string>> IdsAsync(HttpClient client, string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/problems?q={tag}&pageSize=200{query}"))
            .GetProperty("items").EnumerateArray().Select(p => p.Id()).ToList();

        (await IdsAsync(office, "")).ShouldBe([mine, other], ignoreOrder: true);
        (await IdsAsync(office, "&source=public-opinion")).ShouldBe([mine]);
        (await IdsAsync(office, "&category=课后服务")).ShouldBe([other]);
        (await IdsAsync(office, "&status=open&overdue=false&regionCode=500107")).ShouldBe([mine, other], ignoreOrder: true);
        (await IdsAsync(office, "&overdue=true")).ShouldBeEmpty();
        (await IdsAsync(office, $"&targetId={otherSchool}")).ShouldBe([other]);

        var school = await app.ApiAsync("jlp-school");
        (await IdsAsync(school, "")).ShouldBe([mine], "a school sees only its own problems");
        (await school.GetAsync($"/api/problems/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var neighbour = await app.ApiAsync("spb-admin");
        (await IdsAsync(neighbour, "")).ShouldBeEmpty();
        (await IdsAsync(neighbour, "&regionCode=500107")).ShouldBeEmpty();
        (await neighbour.GetAsync($"/api/problems/{mine}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/api/problems/{mine}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"/api/problems/{mine}/plan", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"/api/problems/{mine}/verify", new { passed = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var foreign = await neighbour.PostAsJsonAsync("/api/problems", new
        {
            targetKind = "school", targetId = schoolId, source = "manual", category = "作业管理", severity = "low", description = "越权登记",
        });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targetId")[0].GetString()!.ShouldContain("不在您的数据范围内");
        Sheets.Read(await neighbour.GetByteArrayAsync($"/api/problems/export?q={tag}")).Count.ShouldBe(1, "headers only");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Manual_entry_checks_its_fields_and_other_targets_name_their_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var bad = await office.PostAsJsonAsync("/api/problems", new { targetKind = "school", source = "inspection", category = "", severity = "huge", description = "" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("targetId")[0].GetString().ShouldBe("请选择问题对象");
        errors.GetProperty("source")[0].GetString()!.ShouldContain("public-opinion");
        errors.GetProperty("category")[0].GetString().ShouldBe("请填写问题类别");

        var township = await office.PostAsJsonAsync("/api/problems", new
        {
            targetKind = "other", targetName = "谢家湾街道", regionCode = "500107", source = "public-opinion", category = "校外培训",
            severity = "high", description = Problems.Unique("网传街道内有隐形变异培训"),
        });
        township.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await township.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("targetName").GetString().ShouldBe("谢家湾街道");
        created.GetProperty("responsibleId").ValueKind.ShouldBe(JsonValueKind.Null);
        // Without a unit account the county office answers for it.
        (await office.PostAsJsonAsync($"/api/problems/{created.Id()}/plan", new { note = "联合执法" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_ledger_exports_to_xlsx_with_the_filters(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.ApiAsync("jlp-admin");
        var description = Problems.Unique("午休时间不足");
        await Problems.CreateAsync(office, await Problems.UnitIdAsync(app, "jlp-school"), description, new { deadline = "2026-12-31" });

        var response = await office.GetAsync($"/api/problems/export?q={Uri.EscapeDataString(description)}&status=open");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
        sheet.Name!.Value.ShouldBe("整改台账");
        var rows = Sheets.Read(await (await office.GetAsync($"/api/problems/export?q={Uri.EscapeDataString(description)}")).Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(2);
        var text = string.Join("|", rows[1].Cells);
        text.ShouldContain(description);
        text.ShouldContain("2026-12-31");
        text.ShouldContain("待整改");
        text.ShouldContain("手工录入");
    }
}
