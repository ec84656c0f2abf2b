using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InstitutionApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_is_created_found_and_edited(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var uscc = Institutions.NewUscc();
        var created = await client.PostAsJsonAsync("/api/institutions", Institutions.Body(uscc, $"测试体育培训中心{uscc}"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var institution = await created.Content.ReadFromJsonAsync<JsonElement>();
        institution.GetProperty("status").GetString().ShouldBe("正常");
        institution.GetProperty("regionCode").GetString().ShouldBe("500107");
        var id = institution.GetProperty("id").GetString();
        created.Headers.Location!.ToString().ShouldBe($"/api/institutions/{id}");

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/institutions?q={uscc}");
        found.GetProperty("total").GetInt32().ShouldBe(1);
        (await client.GetFromJsonAsync<JsonElement>($"/api/institutions/{id}")).GetProperty("uscc").GetString().ShouldBe(uscc);

        var edit = Institutions.Body(uscc, $"测试体育培训中心{uscc}（分部）", version: 0);
        var put = await client.PutAsJsonAsync($"/api/institutions/{id}", edit);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = await put.Content.ReadFromJsonAsync<JsonElement>();
        changed.GetProperty("version").GetInt32().ShouldBe(1);
        changed.GetProperty("name").GetString().ShouldBe($"测试体育培训中心{uscc}（分部）");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_second_of_two_concurrent_edits_gets_409(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var uscc = Institutions.NewUscc();
        var created = await (await client.PostAsJsonAsync("/api/institutions", Institutions.Body(uscc, "并发测试机构")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        (await client.PutAsJsonAsync($"/api/institutions/{id}", Institutions.Body(uscc, "第一个人的修改", version: 0)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await client.PutAsJsonAsync($"/api/institutions/{id}", Institutions.Body(uscc, "第二个人的修改", version: 0));
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_gets_chinese_field_errors_and_nothing_is_written(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var response = await client.PostAsJsonAsync("/api/institutions", new
        {
            uscc = "91350100M000100Y53", name = "", category = "学科类", kind = "体育", profit = "营利性", mode = "函授",
            licence = "无", status = "开张", regionCode = "999999",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("uscc")[0].GetString()!.ShouldContain("组织机构代码");
        errors.GetProperty("kind")[0].GetString().ShouldBe("学科类机构不填细类");
        errors.GetProperty("profit")[0].GetString().ShouldBe("学科类机构应为非营利性");
        errors.GetProperty("regionCode")[0].GetString().ShouldBe("行政区划代码“999999”不存在");
        foreach (var field in new[] { "name", "mode", "licence", "status" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);

        var noKind = Institutions.Body(Institutions.NewUscc(), "缺细类机构");
        noKind["kind"] = null;
        var missing = await client.PostAsJsonAsync("/api/institutions", noKind);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString()!
            .ShouldStartWith("非学科类机构的细类应为");

        var outside = await client.PostAsJsonAsync("/api/institutions", Institutions.Body(Institutions.NewUscc("500106"), "越权机构", "500106"));
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");

        (await client.GetFromJsonAsync<JsonElement>("/api/institutions?q=缺细类机构")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_uscc_is_unique_across_counties(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var uscc = Institutions.NewUscc();
        (await (await app.ApiAsync("jlp-admin")).PostAsJsonAsync("/api/institutions", Institutions.Body(uscc, "先登记的机构")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await (await app.ApiAsync("spb-admin")).PostAsJsonAsync("/api/institutions", Institutions.Body(uscc, "重复登记的机构", "500106"));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("uscc")[0].GetString()
            .ShouldBe($"统一社会信用代码“{uscc}”已存在");
    }
}
