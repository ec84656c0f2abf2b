using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

public sealed class AssignmentApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Assignments_are_replaced_as_a_whole(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = await app.ApiAsync("jlp-admin");
        var id = await InspectorApi.CreateAsync(client, "500107");
        var schools = await InspectorApi.SchoolIdsAsync(app, "500107", 4);
        var institutions = await InspectorApi.InstitutionIdsAsync(app, "500107", 2);

        var first = await client.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new { schoolIds = schools[..3], institutionIds = institutions });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var assigned = await first.Content.ReadFromJsonAsync<JsonElement>();
        InspectorApi.Ids(assigned.GetProperty("schools")).ShouldBe(schools[..3], ignoreOrder: true);
        assigned.GetProperty("schools")[0].GetProperty("name").GetString().ShouldNotBeNullOrEmpty();

        var second = await client.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new { schoolIds = new[] { schools[2], schools[3], schools[3] }, institutionIds = Array.Empty<string>() });
        second.StatusCode.ShouldBe(HttpStatusCode.OK);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        InspectorApi.Ids(detail.GetProperty("schools")).ShouldBe([schools[2], schools[3]], ignoreOrder: true);
        detail.GetProperty("institutions").GetArrayLength().ShouldBe(0);
        var row = (await client.GetFromJsonAsync<JsonElement>($"/api/inspectors?q={detail.GetProperty("name").GetString()}")).GetProperty("items")[0];
        row.GetProperty("schoolCount").GetInt32().ShouldBe(2);
        row.GetProperty("institutionCount").GetInt32().ShouldBe(0);

        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id && e.Action == "assign"));
        audited.ShouldBe(2);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_of_another_county_or_an_unknown_id_is_refused_and_nothing_is_written(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var id = await InspectorApi.CreateAsync(admin, "500107");
        var jlpSchool = (await InspectorApi.SchoolIdsAsync(app, "500107", 1))[0];
        var spbSchool = (await InspectorApi.SchoolIdsAsync(app, "500106", 1))[0];
        var jlpInstitution = (await InspectorApi.InstitutionIdsAsync(app, "500107", 1))[0];
        (await admin.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new { schoolIds = new[] { jlpSchool } })).EnsureSuccessStatusCode();

        var refused = await admin.PutAsJsonAsync($"/api/inspectors/{id}/assignments", new
        {
            schoolIds = new[] { jlpSchool, spbSchool, "no-such-school" }, institutionIds = new[] { jlpInstitution, "no-such-institution" },
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var schoolErrors = errors.GetProperty("schoolIds").EnumerateArray().Select(e => e.GetString()!).ToList();
        schoolErrors.Count.ShouldBe(2);
        schoolErrors.ShouldContain(e => e.Contains(spbSchool) && e.Contains("不在该督学所在区县"));
        schoolErrors.ShouldContain(e => e.Contains("no-such-school") && e.Contains("不存在"));
        errors.GetProperty("institutionIds")[0].GetString()!.ShouldContain("no-such-institution");

        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        InspectorApi.Ids(detail.GetProperty("schools")).ShouldBe([jlpSchool]);
        detail.GetProperty("institutions").GetArrayLength().ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_cannot_assign_another_countys_schools_or_touch_its_inspectors(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        var jlp = await app.ApiAsync("jlp-admin");
        var jlpSchool = (await InspectorApi.SchoolIdsAsync(app, "500107", 1))[0];
        var jlpInspector = await InspectorApi.CreateAsync(jlp, "500107");
        var spbInspector = await InspectorApi.CreateAsync(spb, "500106");

        var refused = await spb.PutAsJsonAsync($"/api/inspectors/{spbInspector}/assignments", new { schoolIds = new[] { jlpSchool } });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("schoolIds")[0].GetString()!
            .ShouldContain("不在您的数据范围内");

        var foreign = await spb.PutAsJsonAsync($"/api/inspectors/{jlpInspector}/assignments", new { schoolIds = Array.Empty<string>() });
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspector_account_reads_its_own_assignments(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var schoolId = (await (await app.ApiAsync("jlp-school")).GetFromJsonAsync<JsonElement>("/api/schools")).GetProperty("items")[0].GetProperty("id").GetString();

        var mine = await (await app.ApiAsync("jlp-duxue")).GetFromJsonAsync<JsonElement>("/api/me/assignments");
        InspectorApi.Ids(mine.GetProperty("schools")).ShouldContain(schoolId);
        mine.GetProperty("institutions").GetArrayLength().ShouldBeGreaterThan(0);

        var office = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/me/assignments");
        office.GetProperty("schools").GetArrayLength().ShouldBe(0);
        office.GetProperty("institutions").GetArrayLength().ShouldBe(0);
    }
}
