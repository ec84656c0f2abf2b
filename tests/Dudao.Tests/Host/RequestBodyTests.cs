using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dudao.Tests.Complaints;
using Dudao.Tests.Host.Fuzz;
using Dudao.Tests.Rectification;

namespace Dudao.Tests.Host;

public sealed class RequestBodyTests
{
    private static ByteArrayContent Body(string text, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_complaint_post_refuses_a_body_without_content_type_or_without_boundary_and_stores_nothing(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient();
        var target = ComplaintApi.UniqueTarget();
        var json = JsonSerializer.Serialize(ComplaintApi.Report(target), JsonSerializerOptions.Web);

        (await Refusals.DetailAsync(await client.PostAsync("/api/public/complaints", Body(json, null)), HttpStatusCode.UnsupportedMediaType))
            .ShouldContain("Content-Type");
        await Refusals.FieldAsync(await client.PostAsync("/api/public/complaints", Body(json, "multipart/form-data")), HttpStatusCode.BadRequest, "body");
        await Refusals.FieldAsync(await client.PostAsync("/api/public/complaints", Body("--x\r\nContent-Disposition: form-data", "multipart/form-data; boundary=x")),
            HttpStatusCode.BadRequest, "body");

        var staff = await app.ApiAsync("jlp-admin");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/complaints?q={Uri.EscapeDataString(target)}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Problem_evidence_refuses_a_body_that_is_neither_JSON_nor_a_form(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await app.ApiAsync("jlp-school");
        var office = await app.ApiAsync("jlp-admin");
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var id = (await Problems.CreateAsync(office, schoolId, Problems.Unique("作业公示不全"))).GetProperty("id").GetString();

        foreach (var contentType in new[] { null, "text/plain", "application/xml", "application/octet-stream" })
            await Refusals.DetailAsync(await school.PostAsync($"/api/problems/{id}/evidence", Body("整改完成", contentType)), HttpStatusCode.UnsupportedMediaType);
        await Refusals.FieldAsync(await school.PostAsync($"/api/problems/{id}/evidence", Body("null", "application/json")), HttpStatusCode.BadRequest, "body");
        await Refusals.FieldAsync(await school.PostAsync($"/api/problems/{id}/evidence", Body("not json", "application/json")), HttpStatusCode.BadRequest, "body");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_charset_other_than_utf8_is_refused_on_every_JSON_route_including_login(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json")).RootElement;
        var jsonRoutes = ApiOperation.ReadAll(document).Where(o => o.HasJsonBody).ToList();
        jsonRoutes.Count.ShouldBeGreaterThanOrEqualTo(31);
        jsonRoutes.ShouldContain(o => o.Path == "/api/auth/login");
        foreach (var route in jsonRoutes)
        {
            foreach (var charset in new[] { "bogus", "utf-16", "" })
            {
                var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url()) { Content = Body("{}", $"application/json; charset={charset}") };
                var detail = await Refusals.DetailAsync(await admin.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
                detail.ShouldContain("UTF-8", Case.Sensitive, $"{route.Method} {route.Path}");
            }
        }
        (await app.CreateClient().PostAsync("/api/auth/login", Body("{\"userName\":\"admin\",\"password\":\"Dudao@2026\"}", "application/json; charset=UTF-8")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Null_items_in_lists_are_refused_naming_the_item(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var inspector = await app.ApiAsync("jlp-duxue");
        var schoolId = (await Inspections.InspectionApi.AssignedSchoolsAsync(inspector))[0];

        (await Refusals.FieldAsync(await admin.PostAsync("/api/users", Body("""{"userName":"t-null-role","roles":[null]}""", "application/json")),
            HttpStatusCode.BadRequest, "roles[0]"))[0].ShouldContain("不能为空");
        var visit = JsonSerializer.SerializeToNode(Inspections.InspectionApi.Visit(schoolId, "2026-11-20"), JsonSerializerOptions.Web)!;
        visit["results"] = JsonNode(["""{"code":"C8","value":"yes"}""", "null"]);
        await Refusals.FieldAsync(await inspector.PostAsync("/api/visits", Body(visit.ToJsonString(), "application/json")), HttpStatusCode.BadRequest, "results[1]");
        visit["results"] = JsonNode([]);
        visit["findings"] = JsonNode(["null"]);
        await Refusals.FieldAsync(await inspector.PostAsync("/api/visits", Body(visit.ToJsonString(), "application/json")), HttpStatusCode.BadRequest, "findings[0]");
        visit["findings"] = JsonNode(["""{"text":"作业\u0000公示","severity":"low"}"""]);
        await Refusals.FieldAsync(await inspector.PostAsync("/api/visits", Body(visit.ToJsonString(), "application/json")), HttpStatusCode.BadRequest, "findings[0].text");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_null_character_in_text_or_in_a_query_value_is_refused(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var anonymous = app.CreateClient();
        await Refusals.FieldAsync(await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "ad\0min", password = "x" }), HttpStatusCode.BadRequest, "userName");
        var admin = await app.ApiAsync("admin");
        foreach (var (route, field) in new[] { ("/api/schools?q=%00", "q"), ("/api/problems?status=a%00b", "status"), ("/api/audit?userName=%00", "userName") })
            await Refusals.FieldAsync(await admin.GetAsync(route), HttpStatusCode.BadRequest, field);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Values_that_cannot_be_read_are_refused_naming_the_field(DatabaseKind kind)
    {
        var admin = await TestApp.For(kind).ApiAsync("admin");
        (await Refusals.FieldAsync(await admin.GetAsync("/api/problems?overdue=maybe"), HttpStatusCode.BadRequest, "overdue"))[0].ShouldContain("“maybe”");
        await Refusals.FieldAsync(await admin.GetAsync("/api/admin/holidays"), HttpStatusCode.BadRequest, "year");
        await Refusals.FieldAsync(await admin.PostAsync("/api/schools", Body("{\"pupils\":\"很多\"}", "application/json")), HttpStatusCode.BadRequest, "pupils");
        await Refusals.FieldAsync(await admin.PostAsync("/api/schools", Body("", "application/json")), HttpStatusCode.BadRequest, "body");
        await Refusals.FieldAsync(await admin.PostAsync("/api/schools", Body("{\"code\":", "application/json")), HttpStatusCode.BadRequest, "body");
        // The last page there can be stays a page, however far it is asked for.
        (await admin.GetAsync($"/api/schools?page={int.MaxValue}&pageSize={int.MaxValue}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_null_character_in_a_page_form_is_never_a_server_error(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var response = await new PageClient(app.CreateClient()).SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "other", ["Input.RegionCode"] = "500107", ["Input.TargetName"] = target, ["Input.Category"] = "违规学科类培训",
            ["Input.Content"] = "周末在小区会所开设初中数学学科类培训班\0每次三小时，收费每节课二百元。", ["Input.Anonymous"] = "true",
        });
        var page = await response.Content.ReadAsStringAsync();
        // Refused on both databases before anything is stored, naming the character for the reporter to correct.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, page);
        page.ShouldContain("控制字符");
    }

    private static System.Text.Json.Nodes.JsonArray JsonNode(string[] items) =>
        new(items.Select(i => System.Text.Json.Nodes.JsonNode.Parse(i)).ToArray());
}
