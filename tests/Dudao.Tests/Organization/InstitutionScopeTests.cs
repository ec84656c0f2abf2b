using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InstitutionScopeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_sees_only_its_own_institutions_and_cannot_read_or_change_another_countys(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        var jlp = await app.ApiAsync("jlp-admin");

        var jlpInstitution = (await jlp.GetFromJsonAsync<JsonElement>("/api/institutions?pageSize=200")).GetProperty("items")[0];
        jlpInstitution.GetProperty("regionCode").GetString().ShouldBe("500107");
        var id = jlpInstitution.GetProperty("id").GetString();
        var uscc = jlpInstitution.GetProperty("uscc").GetString()!;

        var spbList = await spb.GetFromJsonAsync<JsonElement>("/api/institutions?pageSize=200");
        spbList.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        spbList.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("regionCode").GetString() == "500106");
        (await spb.GetFromJsonAsync<JsonElement>("/api/institutions?regionCode=500107")).GetProperty("total").GetInt32().ShouldBe(0);
        (await spb.GetFromJsonAsync<JsonElement>($"/api/institutions?q={uscc}")).GetProperty("total").GetInt32().ShouldBe(0);

        (await spb.GetAsync($"/api/institutions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var put = await spb.PutAsJsonAsync($"/api/institutions/{id}", Institutions.Body(uscc, "改名", "500106"));
        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/institutions/{id}")).GetProperty("name").GetString().ShouldNotBe("改名");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_account_sees_only_itself_and_cannot_edit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var own = await app.ApiAsync("jlp-jg");
        var list = await own.GetFromJsonAsync<JsonElement>("/api/institutions");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        var self = list.GetProperty("items")[0];
        self.GetProperty("name").GetString().ShouldBe("九龙坡区启航艺术培训中心");

        var other = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/institutions?pageSize=200"))
            .GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetString() != self.GetProperty("id").GetString());
        (await own.GetAsync($"/api/institutions/{other.GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var edit = Institutions.Body(self.GetProperty("uscc").GetString()!, "自己改名");
        (await own.PutAsJsonAsync($"/api/institutions/{self.GetProperty("id").GetString()}", edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_city_office_sees_every_county_below_it(DatabaseKind kind)
    {
        var admin = await TestApp.For(kind).ApiAsync("admin");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/institutions?pageSize=200");
        var regions = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("regionCode").GetString()).Distinct().ToList();
        regions.ShouldContain("500107");
        regions.ShouldContain("500106");
    }
}
