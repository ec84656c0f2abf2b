using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Schools;
using Dudao.Tests.Organization.Import;

namespace Dudao.Tests.Organization;

/// <summary>
/// Location (城区/县城/乡镇/村), 中心校/村小 and boarding, which the reports compare. These tests work in
/// 沙坪坝区 so that 九龙坡区's export-and-reimport test on the shared app never overwrites them midway.
/// </summary>
public sealed class SchoolAttributeTests
{
    private static string NewCode() => "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);

    private static object Body(string code, string? location = null, string? tier = null, string? boarding = null, int? version = null) => new
    {
        code, name = $"属性测试小学{code}", type = "小学", ownership = "公办", regionCode = "500106", pupils = 300, teachers = 20,
        location, tier, boarding, version,
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_api_sets_the_attributes_keeps_them_when_left_out_clears_them_when_empty_and_names_a_bad_one(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("spb-admin");
        var code = NewCode();
        var created = await client.PostAsJsonAsync("/api/schools", Body(code, "乡镇", "中心校", "寄宿制"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var school = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = school.GetProperty("id").GetString();
        school.GetProperty("location").GetString().ShouldBe("乡镇");
        school.GetProperty("tier").GetString().ShouldBe("中心校");
        school.GetProperty("boarding").GetString().ShouldBe("寄宿制");

        // An older client that knows nothing of the attributes keeps them.
        var old = await client.PutAsJsonAsync($"/api/schools/{id}", new
        {
            code, name = $"属性测试小学{code}", type = "小学", ownership = "公办", regionCode = "500106", pupils = 310, teachers = 20, version = 0,
        });
        old.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kept = await old.Content.ReadFromJsonAsync<JsonElement>();
        kept.GetProperty("location").GetString().ShouldBe("乡镇");
        kept.GetProperty("boarding").GetString().ShouldBe("寄宿制");

        var cleared = await (await client.PutAsJsonAsync($"/api/schools/{id}", Body(code, "村", "", "非寄宿制", 1))).Content.ReadFromJsonAsync<JsonElement>();
        cleared.GetProperty("location").GetString().ShouldBe("村");
        cleared.GetProperty("tier").ValueKind.ShouldBe(JsonValueKind.Null);
        cleared.GetProperty("boarding").GetString().ShouldBe("非寄宿制");
        (await client.GetFromJsonAsync<JsonElement>($"/api/schools/{id}")).GetProperty("location").GetString().ShouldBe("村");

        var bad = await client.PostAsJsonAsync("/api/schools", Body(NewCode(), "郊区", "完小", "走读"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("location")[0].GetString().ShouldBe("城乡类别应为：城区、县城、乡镇、村");
        errors.GetProperty("tier")[0].GetString().ShouldBe("中心校/村小应为：中心校、村小（都不是则留空）");
        errors.GetProperty("boarding")[0].GetString().ShouldBe("寄宿情况应为：寄宿制、非寄宿制");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_form_sets_and_clears_the_attributes_and_names_a_bad_one(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("spb-admin");
        var code = NewCode();
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Name"] = $"表单属性小学{code}", ["Input.Type"] = "小学", ["Input.Ownership"] = "公办",
            ["Input.RegionCode"] = "500106", ["Input.Pupils"] = "120", ["Input.Teachers"] = "9",
            ["Input.Location"] = "村", ["Input.Tier"] = "村小", ["Input.Boarding"] = "非寄宿制",
        };
        (await pages.SubmitAsync("/staff/schools/new", "#school-form", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, list) = await pages.GetAsync($"/staff/schools?q={code}");
        var row = list.QuerySelector("tbody tr")!.TextContent;
        row.ShouldContain("村 村小");
        row.ShouldContain("非寄宿制");
        var edit = list.QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;
        var (_, form) = await pages.GetAsync(edit);
        ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input-Tier")!).Value.ShouldBe("村小");

        var bad = await pages.SubmitAsync(edit, "#school-form", new() { ["Input.Location"] = "郊区" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await bad.Content.ReadAsStringAsync()).QuerySelectorAll(".field-error").Select(e => e.TextContent)
            .ShouldContain("城乡类别应为：城区、县城、乡镇、村");

        (await pages.SubmitAsync(edit, "#school-form", new() { ["Input.Location"] = "乡镇", ["Input.Tier"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var school = (await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>($"/api/schools?q={code}")).GetProperty("items")[0];
        school.GetProperty("location").GetString().ShouldBe("乡镇");
        school.GetProperty("tier").ValueKind.ShouldBe(JsonValueKind.Null);
        school.GetProperty("boarding").GetString().ShouldBe("非寄宿制");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Import_reads_the_new_columns_an_older_file_keeps_them_and_export_carries_them(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("spb-admin");
        string[] headers = [.. SchoolInput.Headers.Values];
        string[] older = ["学校标识码", "学校名称", "学校类型", "办学性质", "行政区划代码", "督导责任区", "学生数", "教师数"];
        var (town, village) = (NewCode(), NewCode());
        object?[] Row(string code, string? location, string? tier, string? boarding) =>
            [code, $"导入属性小学{code}", "小学", "公办", "500106", null, 400, 25, location, tier, boarding];

        var imported = await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(headers,
            Row(town, "县城", "中心校", "寄宿制"), Row(village, "村", "村小", "非寄宿制")));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var export = Sheets.Read(await client.GetByteArrayAsync("/api/schools/export?regionCode=500106"));
        export[0].Cells.ShouldBe([.. headers.Take(5), "行政区划名称", .. headers.Skip(5)]);
        string?[] Attributes(string code) => export.Single(r => r.Cells[0] == code).Cells[9..12];
        Attributes(town).ShouldBe(["县城", "中心校", "寄宿制"]);
        Attributes(village).ShouldBe(["村", "村小", "非寄宿制"]);

        // A file made from the old template updates the school and leaves the attributes it has no column for.
        (await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(older,
            new object?[] { town, $"导入属性小学{town}（更名）", "小学", "公办", "500106", null, 410, 25 }))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var school = (await client.GetFromJsonAsync<JsonElement>($"/api/schools?q={town}")).GetProperty("items")[0];
        school.GetProperty("name").GetString().ShouldBe($"导入属性小学{town}（更名）");
        school.GetProperty("location").GetString().ShouldBe("县城");
        school.GetProperty("boarding").GetString().ShouldBe("寄宿制");

        // With the column present, an empty cell clears the value.
        (await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(headers, Row(village, "村", null, "非寄宿制")))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>($"/api/schools?q={village}")).GetProperty("items")[0].GetProperty("tier").ValueKind.ShouldBe(JsonValueKind.Null);

        var refused = await Sheets.UploadAsync(client, "/api/schools/import", Sheets.Build(headers, Row(NewCode(), "城中村", null, "寄宿")));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rowErrors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rowErrors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString())).ToList();
        rowErrors.ShouldContain((2, "城乡类别", "城乡类别应为：城区、县城、乡镇、村"));
        rowErrors.ShouldContain((2, "寄宿情况", "寄宿情况应为：寄宿制、非寄宿制"));
    }
}
