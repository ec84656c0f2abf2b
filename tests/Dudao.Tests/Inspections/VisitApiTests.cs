using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Inspections;

public sealed class VisitApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspectors_visit_with_two_findings_opens_two_problems_with_the_visit_as_source(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[1];
        var response = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-20", findings:
        [
            new { text = "三年级书面作业日均超过60分钟", severity = "high", indicatorCode = "C10" },
            new { text = "作业公示栏未更新", severity = "low", indicatorCode = (string?)null },
        ]));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var problemIds = created.GetProperty("problemIds").EnumerateArray().Select(p => p.GetString()).ToList();
        problemIds.Count.ShouldBe(2);

        var visit = await inspector.GetFromJsonAsync<JsonElement>($"/api/visits/{id}");
        visit.GetProperty("regionCode").GetString().ShouldBe("500107");
        visit.GetProperty("feedback").GetString()!.ShouldContain("当场反馈");
        visit.GetProperty("inspectorName").GetString().ShouldNotBeNullOrEmpty();
        visit.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["C8", "C10"]);
        var findings = visit.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("problemId").GetString()).ShouldBe(problemIds, ignoreOrder: true);
        findings.Single(f => f.GetProperty("indicatorCode").GetString() == "C10").GetProperty("severity").GetString().ShouldBe("high");

        var problems = await app.WithDbAsync(db => Task.FromResult(db.Set<Dudao.Modules.Rectification.Domain.Problem>()
            .Where(p => p.SourceId == id).ToList()));
        problems.Count.ShouldBe(2);
        problems.ShouldAllBe(p => p.Source == "inspection" && p.TargetId == school && p.Status == "open");
        problems.Single(p => p.IndicatorCode == "C10").Category.ShouldBe("分类控制作业总量");
        // Default deadlines by severity from the rules: high 10, low 30 working days from Monday 2026-11-23.
        problems.Single(p => p.Severity == "high").Deadline.ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspector_may_not_record_a_routine_visit_to_a_school_not_assigned_to_them(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var assigned = await InspectionApi.AssignedSchoolsAsync(inspector);
        var other = (await InspectionApi.SchoolsAsync(await app.ApiAsync("jlp-admin"), "500107")).First(s => !assigned.Contains(s.Id));

        // The app is shared, so other tests may have visited the school before: count, don't look for none.
        Task<int> VisitsByInspector() => app.WithDbAsync(db => Task.FromResult(
            db.Set<Dudao.Modules.Inspections.Domain.Visit>().Count(v => v.TargetId == other.Id && v.CreatedBy == "jlp-duxue")));
        var before = await VisitsByInspector();
        var refused = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(other.Id, "2026-11-20"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await VisitsByInspector()).ShouldBe(before);

        // Office staff record any kind for schools in their scope.
        var office = await app.ApiAsync("jlp-admin");
        (await office.PostAsJsonAsync("/api/visits", InspectionApi.Visit(other.Id, "2026-11-19"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Visits_stay_inside_the_county_and_bad_input_gets_field_messages(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var spb = await app.ApiAsync("spb-admin");
        var jlpSchool = (await InspectionApi.SchoolsAsync(jlp, "500107"))[3].Id;
        var created = await (await jlp.PostAsJsonAsync("/api/visits", InspectionApi.Visit(jlpSchool, "2026-11-18", "unannounced"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        (await spb.GetAsync($"/api/visits/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync("/api/visits", InspectionApi.Visit(jlpSchool, "2026-11-18", "special"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PutAsJsonAsync($"/api/visits/{id}", new { methods = new[] { "briefing" }, summary = "改", results = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var spbList = await spb.GetFromJsonAsync<JsonElement>("/api/visits?pageSize=200");
        spbList.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("regionCode").GetString() == "500106");
        (await jlp.GetFromJsonAsync<JsonElement>("/api/visits?pageSize=200")).GetProperty("items").EnumerateArray()
            .ShouldContain(v => v.GetProperty("id").GetString() == id);

        var bad = await jlp.PostAsJsonAsync("/api/visits", new
        {
            targetKind = "school", targetId = jlpSchool, date = "2026-11-18", kind = "picnic", methods = new[] { "campus-patrol" },
            results = new[] { new { code = "C10", value = "55", note = "" }, new { code = "C99", value = "yes", note = "" } },
            findings = new[] { new { text = "", severity = "urgent" } }, summary = "",
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("kind", out _).ShouldBeTrue();
        errors.TryGetProperty("summary", out _).ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Edits_after_submission_are_audited_and_the_school_acknowledges_its_visit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var schoolAccount = await app.ApiAsync("jlp-school");
        var schoolId = (await schoolAccount.GetFromJsonAsync<JsonElement>("/api/schools")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var id = (await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(schoolId, "2026-11-17"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();

        var edit = await inspector.PutAsJsonAsync($"/api/visits/{id}", new
        {
            methods = new[] { "class-observation" }, summary = "补充：推门听课两节。", version = 0,
            results = new[] { new { code = "C21", value = "no", note = "课后服务时间讲新课" } },
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());
        var stale = await inspector.PutAsJsonAsync($"/api/visits/{id}", new { methods = new[] { "briefing" }, summary = "x", version = 0, results = Array.Empty<object>() });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var audit = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.EntityId == id).ToList()));
        audit.Select(a => a.Action).ShouldBe(["create", "update"], ignoreOrder: true);
        audit.Single(a => a.Action == "update").Changes!.ShouldContain("推门听课两节");

        (await inspector.PostAsync($"/api/visits/{id}/acknowledge", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var mine = await schoolAccount.GetFromJsonAsync<JsonElement>("/api/visits");
        mine.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("targetId").GetString() == schoolId);
        var ack = await schoolAccount.PostAsync($"/api/visits/{id}/acknowledge", null);
        ack.StatusCode.ShouldBe(HttpStatusCode.OK);
        var acknowledged = await ack.Content.ReadFromJsonAsync<JsonElement>();
        acknowledged.GetProperty("acknowledgedBy").GetString()!.ShouldContain("jlp-school");
        acknowledged.GetProperty("acknowledgedAt").GetDateTime().ShouldBe(TestApp.Now.UtcDateTime);
        (await schoolAccount.PostAsync($"/api/visits/{id}/acknowledge", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Photos_are_checked_by_content_and_attached_to_the_visit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[2];
        var id = (await (await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-16"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
        var ok = await inspector.PostAsync($"/api/visits/{id}/files", new MultipartFormDataContent { { new ByteArrayContent(png), "file", "公示栏.png" } });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var html = await inspector.PostAsync($"/api/visits/{id}/files", new MultipartFormDataContent { { new ByteArrayContent("<html><script>alert(1)</script>"u8.ToArray()), "file", "photo.png" } });
        html.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var files = (await inspector.GetFromJsonAsync<JsonElement>($"/api/visits/{id}")).GetProperty("files").EnumerateArray().ToList();
        files.Single().GetProperty("contentType").GetString().ShouldBe("image/png");
        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/files/{files[0].GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
