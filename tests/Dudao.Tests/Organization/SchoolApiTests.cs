using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class SchoolApiTests
{
    private static string NewCode() => "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_is_created_found_and_edited(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var code = NewCode();
        var created = await client.PostAsJsonAsync("/api/schools", new
        {
            code, name = $"测试小学{code}", type = "小学", ownership = "公办", regionCode = "500107", zone = "第一责任区", pupils = 800, teachers = 50,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var school = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = school.GetProperty("id").GetString();

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/schools?q={code}");
        found.GetProperty("total").GetInt32().ShouldBe(1);

        var put = await client.PutAsJsonAsync($"/api/schools/{id}", new
        {
            code, name = $"测试小学{code}（新校区）", type = "小学", ownership = "公办", regionCode = "500107", pupils = 900, teachers = 55, version = 0,
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_second_of_two_concurrent_edits_gets_409(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var code = NewCode();
        var school = await (await client.PostAsJsonAsync("/api/schools", new
        {
            code, name = "并发测试学校", type = "初中", ownership = "公办", regionCode = "500107", pupils = 1, teachers = 1,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = school.GetProperty("id").GetString();
        object Edit(string name) => new { code, name, type = "初中", ownership = "公办", regionCode = "500107", pupils = 1, teachers = 1, version = 0 };

        (await client.PutAsJsonAsync($"/api/schools/{id}", Edit("第一个人的修改"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await client.PutAsJsonAsync($"/api/schools/{id}", Edit("第二个人的修改"));
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_gets_chinese_field_errors_and_nothing_is_written(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var response = await client.PostAsJsonAsync("/api/schools", new
        {
            code = "2111100001", name = "", type = "大学", ownership = "私立", regionCode = "999999", zone = "无", pupils = -1, teachers = -2,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "regionCode", "type", "ownership", "pupils", "teachers" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        errors.GetProperty("regionCode")[0].GetString().ShouldBe("行政区划代码“999999”不存在");

        var outside = await client.PostAsJsonAsync("/api/schools", new
        {
            code = NewCode(), name = "越权学校", type = "小学", ownership = "公办", regionCode = "500106", pupils = 1, teachers = 1,
        });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");

        var malformed = await client.PostAsync("/api/schools", new StringContent("{\"pupils\": \"many\"", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadAsStringAsync()).ShouldContain("格式");
    }
}
