using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Complaints.Protection;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Tests.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Profiles;

/// <summary>一校一档: one page per school and institution with every kind of record about it, within scope.</summary>
public sealed class DossierTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_schools_profile_shows_each_sections_records_and_is_404_outside_scope(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var m = Guid.NewGuid().ToString("N")[..8];
        var school = await SchoolWithHistoryAsync(app, m);

        var (response, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/schools/{school.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldBe(school.Name);
        Section(page, "registry").ShouldContain(school.Code);
        Section(page, "inspectors").ShouldContain("责任督学");
        Section(page, "visits").ShouldContain($"督导小结{m}");
        Section(page, "problems").ShouldContain($"问题描述{m}");
        Section(page, "complaints").ShouldContain("违规收费");
        Section(page, "escalations").ShouldContain($"通报理由{m}");
        Section(page, "self-assessments").ShouldContain($"自评轮次{m}");

        foreach (var outsider in new[] { "spb-admin", "spb-jjk", "jlp-school" })
        {
            var (missing, body) = await (await app.PagesAsync(outsider)).GetAsync($"/staff/schools/{school.Id}");
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider);
            body.Body!.TextContent.ShouldNotContain(school.Name);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_reads_its_own_profile_without_the_reports_about_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await Problems.UnitIdAsync(app, "jlp-school");
        var pages = await app.PagesAsync("jlp-school");
        var (response, page) = await pages.GetAsync($"/staff/schools/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=dossier-registry]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=dossier-problems]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=dossier-complaints]").ShouldBeNull();
        // Its inspector is jlp-duxue's record, hung on it in the demo.
        page.QuerySelector("[data-testid=dossier-inspectors] .fw-bold").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_lands_on_its_own_profile_and_no_other(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await Problems.UnitIdAsync(app, "jlp-jg");
        var pages = await app.PagesAsync("jlp-jg");
        var own = await pages.Http.GetAsync("/staff/profile");
        own.Headers.Location!.OriginalString.ShouldEndWith($"/staff/institutions/{id}");
        var (response, page) = await pages.GetAsync($"/staff/institutions/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=dossier-complaints]").ShouldBeNull();

        var other = await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.Id != id && i.RegionCode == "500107").Select(i => i.Id).FirstAsync());
        (await pages.GetAsync($"/staff/institutions/{other}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/institutions/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Lists_that_name_a_school_or_institution_link_to_its_profile(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var m = Guid.NewGuid().ToString("N")[..8];
        var school = await SchoolWithHistoryAsync(app, m);
        var pages = await app.PagesAsync("jlp-admin");
        var href = $"/staff/schools/{school.Id}";
        foreach (var list in new[]
                 {
                     $"/staff/schools?q={school.Code}", $"/staff/problems?q=问题描述{m}", $"/staff/complaints?q={Uri.EscapeDataString(school.Name)}",
                     "/staff/visits?month=" + TestApp.Now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            var (response, page) = await pages.GetAsync(list);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, list);
            page.QuerySelector($"a[href='{href}']").ShouldNotBeNull(list);
        }
        var (_, institutions) = await pages.GetAsync("/staff/institutions");
        institutions.QuerySelector("a[href^='/staff/institutions/']:not([href$='/edit']):not([href$='/new']):not([href$='/import'])").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_profile_api_returns_what_the_page_shows_and_is_404_outside_scope(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var m = Guid.NewGuid().ToString("N")[..8];
        var school = await SchoolWithHistoryAsync(app, m);

        var profile = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/schools/{school.Id}/profile");
        profile.GetProperty("name").GetString().ShouldBe(school.Name);
        profile.GetProperty("registry").EnumerateArray().ShouldContain(f => f.GetProperty("value").GetString() == school.Code);
        profile.GetProperty("inspectors").GetArrayLength().ShouldBe(1);
        Items(profile, "visits").Single().GetProperty("summary").GetString().ShouldBe($"督导小结{m}");
        Items(profile, "problems").Single().GetProperty("description").GetString().ShouldBe($"问题描述{m}");
        Items(profile, "complaints").Single().GetProperty("category").GetString().ShouldBe("违规收费");
        Items(profile, "escalations").Single().GetProperty("reason").GetString().ShouldBe($"通报理由{m}");
        Items(profile, "selfAssessments").Single().GetProperty("round").GetString().ShouldBe($"自评轮次{m}");
        profile.GetProperty("visits").GetProperty("total").GetInt32().ShouldBe(1);

        foreach (var outsider in new[] { "spb-admin", "spb-jjk", "jlp-school" })
            (await (await app.ApiAsync(outsider)).GetAsync($"/api/schools/{school.Id}/profile")).StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider);
        (await app.CreateClient().GetAsync($"/api/schools/{school.Id}/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // An institution reads its own, without the reports about it, and no other.
        var institution = await app.ApiAsync("jlp-jg");
        var own = await Problems.UnitIdAsync(app, "jlp-jg");
        var mine = await institution.GetFromJsonAsync<JsonElement>($"/api/institutions/{own}/profile");
        mine.GetProperty("kind").GetString().ShouldBe("institution");
        mine.GetProperty("complaints").ValueKind.ShouldBe(JsonValueKind.Null);
        var other = await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.Id != own && i.RegionCode == "500107").Select(i => i.Id).FirstAsync());
        (await institution.GetAsync($"/api/institutions/{other}/profile")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institution.GetAsync($"/api/schools/{school.Id}/profile")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement profile, string section) =>
        profile.GetProperty(section).GetProperty("items").EnumerateArray();

    private static string Section(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"[data-testid=dossier-{name}]")?.TextContent ?? throw new ShouldAssertException($"no section {name}");

    /// <summary>A new 九龙坡区 school with one record of every kind, written as the system.</summary>
    private static Task<School> SchoolWithHistoryAsync(TestApp app, string m) => app.WithDbAsync(async db =>
    {
        var now = TestApp.Now.UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var school = new School { Code = "9" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = $"档案测试小学{m}", Type = "小学", Ownership = "公办", RegionCode = "500107", Pupils = 300, Teachers = 20 };
        var inspector = await db.Set<Inspector>().FirstAsync(i => i.RegionCode == "500107");
        var round = new SelfAssessmentRound { Name = $"自评轮次{m}", RegionCode = "500107", TargetKind = "school", Deadline = today, CreatedAt = now, CreatedBy = "test" };
        db.AddRange(
            school,
            new Assignment { InspectorId = inspector.Id, TargetKind = "school", TargetId = school.Id, RegionCode = inspector.RegionCode },
            new Visit { RegionCode = "500107", TargetKind = "school", TargetId = school.Id, TargetName = school.Name, Date = today,
                Month = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Summary = $"督导小结{m}", CreatedAt = now, CreatedBy = "test" },
            new Problem { RegionCode = "500107", TargetKind = "school", TargetId = school.Id, TargetName = school.Name, Category = "作业管理",
                Description = $"问题描述{m}", ResponsibleKind = "school", ResponsibleId = school.Id, Deadline = today.AddDays(10), CreatedAt = now, CreatedBy = "test" },
            new Complaint { ReceiptHash = ReceiptCodes.Hash(ReceiptCodes.New()), RegionCode = "500107", TargetKind = "school", TargetName = school.Name,
                MatchedKind = "school", MatchedId = school.Id, MatchedName = school.Name, TargetKey = school.Id, Category = "违规收费",
                Content = "收取补课费", Department = "基教科", SubmittedAt = now, AcceptDeadline = today.AddDays(7) },
            new EscalationRecord { RegionCode = "500107", TargetKind = "school", TargetId = school.Id, TargetName = school.Name,
                Level = EscalationLevels.Notice, Reason = $"通报理由{m}", DecidedOn = today, CreatedAt = now, CreatedBy = "test" },
            round,
            new SelfAssessment { RoundId = round.Id, RegionCode = "500107", TargetKind = "school", TargetId = school.Id, TargetName = school.Name });
        await db.SaveChangesAsync();
        return school;
    });
}
