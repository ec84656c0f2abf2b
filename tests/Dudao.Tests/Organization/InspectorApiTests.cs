using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InspectorApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspector_is_created_found_and_edited(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var name = InspectorApi.NewName();
        var created = await client.PostAsJsonAsync("/api/inspectors", new { name, kind = "专职", regionCode = "500107", phone = "023-68781234" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var inspector = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = inspector.GetProperty("id").GetString();
        created.Headers.Location!.ToString().ShouldBe($"/api/inspectors/{id}");

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/inspectors?q={name}");
        found.GetProperty("total").GetInt32().ShouldBe(1);
        var row = found.GetProperty("items")[0];
        row.GetProperty("regionCode").GetString().ShouldBe("500107");
        row.GetProperty("schoolCount").GetInt32().ShouldBe(0);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        detail.GetProperty("kind").GetString().ShouldBe("专职");
        detail.GetProperty("schools").GetArrayLength().ShouldBe(0);
        detail.GetProperty("institutions").GetArrayLength().ShouldBe(0);

        var put = await client.PutAsJsonAsync($"/api/inspectors/{id}", new { name = name + "改", kind = "兼职", regionCode = "500107", phone = "", version = 0 });
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var edited = await put.Content.ReadFromJsonAsync<JsonElement>();
        edited.GetProperty("version").GetInt32().ShouldBe(1);
        edited.GetProperty("kind").GetString().ShouldBe("兼职");
        edited.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_second_of_two_concurrent_edits_gets_409(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var id = await InspectorApi.CreateAsync(client, "500107");
        object Edit(string name) => new { name, kind = "专职", regionCode = "500107", phone = "13912345678", version = 0 };

        (await client.PutAsJsonAsync($"/api/inspectors/{id}", Edit("第一个人"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await client.PutAsJsonAsync($"/api/inspectors/{id}", Edit("第二个人"));
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
        (await client.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}")).GetProperty("name").GetString().ShouldBe("第一个人");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_gets_chinese_field_errors_and_nothing_is_written(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var name = InspectorApi.NewName();
        var response = await client.PostAsJsonAsync("/api/inspectors", new { name = "", kind = "临时", regionCode = "500100", phone = "12345" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("姓名不能为空");
        errors.GetProperty("kind")[0].GetString().ShouldBe("类别应为：专职、兼职");
        // A city's inspectors belong to the city's office, not to a county's (ADR-051).
        errors.GetProperty("regionCode")[0].GetString()!.ShouldContain("不在您的管理范围内");
        errors.GetProperty("phone")[0].GetString()!.ShouldContain("11位手机号");

        foreach (var phone in new[] { "1380013800", "02368781234", "023-123" })
        {
            var bad = await client.PostAsJsonAsync("/api/inspectors", new { name, kind = "专职", regionCode = "500107", phone });
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest, phone);
        }
        var outside = await client.PostAsJsonAsync("/api/inspectors", new { name, kind = "专职", regionCode = "500106" });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");
        (await client.GetFromJsonAsync<JsonElement>($"/api/inspectors?q={name}")).GetProperty("total").GetInt32().ShouldBe(0);

        (await client.GetAsync("/api/inspectors?regionCode=00")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/inspectors/no-such-id")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspector_with_assignments_cannot_move_to_another_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("admin");
        var id = await InspectorApi.CreateAsync(client, "500107");
        var school = (await InspectorApi.SchoolIdsAsync(app, "500107", 1))[0];
        (await client.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new { schoolIds = new[] { school } })).EnsureSuccessStatusCode();

        var move = await client.PutAsJsonAsync($"/api/inspectors/{id}", new { name = "调动", kind = "专职", regionCode = "500106" });
        move.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await move.Content.ReadAsStringAsync()).ShouldContain("请先解除挂牌");
    }
}
