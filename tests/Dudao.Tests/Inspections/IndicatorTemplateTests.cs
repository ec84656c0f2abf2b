using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

public sealed class IndicatorTemplateTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_built_in_school_template_has_the_district_checklists_6_A_20_B_and_60_C_with_the_homework_limits(DatabaseKind kind)
    {
        var api = await TestApp.For(kind).ApiAsync("jlp-duxue");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/indicator-templates");
        var school = list.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "shuangjian-school" && t.GetProperty("builtIn").GetBoolean());
        school.GetProperty("targetKind").GetString().ShouldBe("school");
        list.EnumerateArray().ShouldContain(t => t.GetProperty("key").GetString() == "shuangjian-institution" && t.GetProperty("targetKind").GetString() == "institution");

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/indicator-templates/{school.GetProperty("id").GetString()}");
        var a = detail.GetProperty("nodes").EnumerateArray().ToList();
        var b = a.SelectMany(n => n.GetProperty("children").EnumerateArray()).ToList();
        var c = b.SelectMany(n => n.GetProperty("children").EnumerateArray()).ToList();
        a.Select(n => n.GetProperty("code").GetString()).ShouldBe(Enumerable.Range(1, 6).Select(i => $"A{i}"));
        b.Select(n => n.GetProperty("code").GetString()).ShouldBe(Enumerable.Range(1, 20).Select(i => $"B{i}"));
        c.Select(n => n.GetProperty("code").GetString()).ShouldBe(Enumerable.Range(1, 60).Select(i => $"C{i}"));
        c.ShouldAllBe(n => n.GetProperty("scoring").GetProperty("kind").GetString()!.Length > 0);

        // The seed's grouping: B5 holds C10 only, B13 holds C28–C34, A6 holds B19 and B20.
        b.Single(n => n.GetProperty("code").GetString() == "B5").GetProperty("children").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ShouldBe(["C10"]);
        b.Single(n => n.GetProperty("code").GetString() == "B13").GetProperty("children").GetArrayLength().ShouldBe(7);
        a[5].GetProperty("children").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ShouldBe(["B19", "B20"]);

        var c10 = c.Single(n => n.GetProperty("code").GetString() == "C10").GetProperty("scoring");
        c10.GetProperty("kind").GetString().ShouldBe("number");
        c10.GetProperty("unit").GetString().ShouldBe("分钟");
        var limits = c10.GetProperty("limits").EnumerateArray().Select(l => (l.GetProperty("gradeFrom").GetInt32(), l.GetProperty("gradeTo").GetInt32(), l.GetProperty("limit").GetDouble())).ToList();
        limits.ShouldBe([(1, 2, 0d), (3, 6, 60d), (7, 9, 90d)]);
        a[0].TryGetProperty("scoring", out _).ShouldBeFalse("only C items are scored");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_copies_a_template_edits_it_through_excel_and_another_county_cannot_see_the_copy(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var builtIn = (await jlp.GetFromJsonAsync<JsonElement>("/api/indicator-templates")).EnumerateArray()
            .First(t => t.GetProperty("key").GetString() == "shuangjian-institution").GetProperty("id").GetString();
        const int year = 2031;
        var copy = await jlp.PostAsJsonAsync($"/api/indicator-templates/{builtIn}/copy", new { regionCode = "500107", name = "九龙坡区机构督查表", year });
        copy.StatusCode.ShouldBe(HttpStatusCode.Created);
        var copyId = (await copy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var exported = await jlp.GetByteArrayAsync($"/api/indicator-templates/{copyId}/export");
        var rows = ReadRows(exported);
        rows[0].ShouldBe(["编码", "上级编码", "名称", "指导说明", "评分方式", "满分", "限值", "单位", "分年级限值", "适用对象"]);
        // Edit: a C item becomes a points item with a maximum of 5.
        rows.Single(r => r[0] == "C1")[9].ShouldBe("培训机构");
        var edited = rows.Select(r => r[0] == "C2" ? [r[0], r[1], "学科类机构为非营利性（计分）", r[3], "points", "5", "", "", "", "培训机构、政府及部门"] : r).ToList();
        var import = await Upload(jlp, $"/api/indicator-templates/{copyId}/import", Sheet(edited));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        var detail = await jlp.GetFromJsonAsync<JsonElement>($"/api/indicator-templates/{copyId}");
        var c2 = detail.GetProperty("nodes")[0].GetProperty("children")[0].GetProperty("children")[1];
        c2.GetProperty("title").GetString().ShouldBe("学科类机构为非营利性（计分）");
        c2.GetProperty("scoring").GetProperty("max").GetDouble().ShouldBe(5);
        c2.GetProperty("appliesTo").EnumerateArray().Select(t => t.GetString()).ShouldBe(["institution", "government"]);

        var bad = edited.Select(r => r[0] == "C3" ? [r[0], "B99", r[2], r[3], "stars", r[5], r[6], r[7], r[8], "街道"] : r).ToList();
        var refused = await Upload(jlp, $"/api/indicator-templates/{copyId}/import", Sheet(bad));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("column").GetString()).ShouldBe(["上级编码", "评分方式", "适用对象"], ignoreOrder: true);
        errors.ShouldAllBe(e => e.GetProperty("row").GetInt32() == edited.FindIndex(r => r[0] == "C3") + 1);

        var builtInImport = await Upload(jlp, $"/api/indicator-templates/{builtIn}/import", Sheet(edited));
        builtInImport.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/indicator-templates/{copyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetFromJsonAsync<JsonElement>("/api/indicator-templates")).EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetString() == copyId);
        (await Upload(spb, $"/api/indicator-templates/{copyId}/import", Sheet(edited))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The city office above sees the county's copy.
        (await (await app.ApiAsync("admin")).GetAsync($"/api/indicator-templates/{copyId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static async Task<HttpResponseMessage> Upload(HttpClient api, string url, byte[] xlsx)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx), "file", "t.xlsx" } };
        return await api.PostAsync(url, form);
    }

    internal static byte[] Sheet(List<string[]> rows)
    {
        using var stream = new MemoryStream();
        Dudao.Modules.Shared.Spreadsheets.XlsxWriter.Write(stream, "指标", rows[0], rows.Skip(1).Select(r => (IReadOnlyList<object?>)r.Select(c => (object?)(c.Length == 0 ? null : c)).ToList()));
        return stream.ToArray();
    }

    internal static List<string[]> ReadRows(byte[] xlsx)
    {
        using var reader = Dudao.Modules.Shared.Spreadsheets.XlsxReader.Open(new MemoryStream(xlsx), new());
        var rows = new List<string[]>();
        while (reader.Read() is { } row) rows.Add(Enumerable.Range(0, 10).Select(i => i < row.Cells.Length ? row.Cells[i] ?? "" : "").ToArray());
        return rows;
    }
}
