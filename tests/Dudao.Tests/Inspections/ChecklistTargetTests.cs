using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

public sealed class ChecklistTargetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_schools_visit_form_and_self_assessment_hold_its_own_items_and_no_government_item(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await SchoolOfAsync(app);
        var inspector = await app.PagesAsync("jlp-duxue");
        var (_, form) = await inspector.GetAsync($"/staff/visits/new?targetKind=school&targetId={school}");
        Codes(form).ShouldBe(ChecklistTargets.SchoolItems);
        Codes(form).ShouldNotContain(c => ChecklistTargets.GovernmentOnly.Contains(c) || ChecklistTargets.InstitutionItems.Contains(c));

        var selfId = await OpenRoundAsync(app, school, $"清单适用对象-{kind}");
        var (page, self) = await (await app.PagesAsync("jlp-school")).GetAsync($"/staff/self-assessments/{selfId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        Codes(self).ShouldBe(ChecklistTargets.SchoolItems);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Submitting_a_self_assessment_takes_exactly_the_schools_items(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await SchoolOfAsync(app);
        var selfId = await OpenRoundAsync(app, school, $"提交适用指标-{kind}");
        var api = await app.ApiAsync("jlp-school");
        var own = ChecklistTargets.SchoolItems.Select(c => new { code = c, value = c == "C10" ? "0/50/80" : "yes", note = "" }).ToList();

        var missing = await api.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = own.Where(r => r.code != "C57"), submit = true });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(missing)).GetProperty("results")[0].GetString()!.ShouldContain("C57");

        var government = await api.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = own.Append(new { code = "C35", value = "yes", note = "" }), submit = true });
        government.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(government)).GetProperty($"results[{own.Count}].code")[0].GetString().ShouldBe("指标 C35 适用于政府及部门，不适用于学校");

        var exact = await api.PutAsJsonAsync($"/api/self-assessments/{selfId}", new { results = own, submit = true });
        exact.StatusCode.ShouldBe(HttpStatusCode.OK, await exact.Content.ReadAsStringAsync());
        (await exact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").GetArrayLength().ShouldBe(ChecklistTargets.SchoolItems.Count);

        // A visit to a school refuses a government item the same way.
        var visit = await (await app.ApiAsync("jlp-duxue")).PostAsJsonAsync("/api/visits",
            InspectionApi.Visit(school, "2026-11-20", results: [new { code = "C50", value = "yes", note = "" }]));
        visit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(visit)).GetProperty("results[0].code")[0].GetString().ShouldBe("指标 C50 适用于政府及部门，不适用于学校");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_visit_shows_institution_items_and_government_items_stay_for_government_inspections(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var duxue = await app.ApiAsync("jlp-duxue");
        var institution = (await duxue.GetFromJsonAsync<JsonElement>("/api/me/assignments")).GetProperty("institutions")[0].GetProperty("id").GetString()!;
        var (_, form) = await (await app.PagesAsync("jlp-duxue")).GetAsync($"/staff/visits/new?targetKind=institution&targetId={institution}");
        // The institution checklist (校外培训机构督查情况记录表): C1–C26, none of the school's items.
        Codes(form).ShouldBe(Enumerable.Range(1, 26).Select(i => $"C{i}"));
        form.Body!.TextContent.ShouldContain("不聘用在职中小学教师");
        form.Body!.TextContent.ShouldNotContain("作业在校内公示");

        // With the district checklist named, an institution answers only the items about institutions.
        var templates = await duxue.GetFromJsonAsync<JsonElement>("/api/indicator-templates");
        var district = templates.EnumerateArray().First(t => t.GetProperty("key").GetString() == "shuangjian-school").GetProperty("id").GetString();
        object Visit(string code) => new
        {
            targetKind = "institution", targetId = institution, date = "2026-11-19", kind = "routine", methods = new[] { "document-review" },
            templateId = district, results = new[] { new { code, value = "yes", note = "" } }, findings = Array.Empty<object>(), summary = "查看收费公示。",
        };
        (await duxue.PostAsJsonAsync("/api/visits", Visit("C28"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await duxue.PostAsJsonAsync("/api/visits", Visit("C8"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(refused)).GetProperty("results[0].code")[0].GetString().ShouldBe("指标 C8 适用于学校，不适用于培训机构");
        // The institution checklist holds nothing for a school.
        var institutionTemplate = templates.EnumerateArray().First(t => t.GetProperty("key").GetString() == "shuangjian-institution").GetProperty("id").GetString();
        var schoolVisit = await duxue.PostAsJsonAsync("/api/visits", new
        {
            targetKind = "school", targetId = (await InspectionApi.AssignedSchoolsAsync(duxue))[0], date = "2026-11-19", kind = "routine",
            methods = new[] { "campus-patrol" }, templateId = institutionTemplate, results = Array.Empty<object>(), findings = Array.Empty<object>(), summary = "误选机构表。",
        });
        schoolVisit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(schoolVisit)).GetProperty("templateId")[0].GetString().ShouldBe("该指标体系中没有适用于这类督导对象的指标");

        // 督政: the government's items of the district checklist, in the API and on the template page.
        var forGovernment = await duxue.GetFromJsonAsync<JsonElement>($"/api/indicator-templates/{district}?for=government");
        var items = forGovernment.GetProperty("nodes").EnumerateArray().SelectMany(a => a.GetProperty("children").EnumerateArray())
            .SelectMany(b => b.GetProperty("children").EnumerateArray()).ToList();
        items.Select(c => c.GetProperty("code").GetString()).ShouldBe(ChecklistTargets.GovernmentOnly.Concat(ChecklistTargets.InstitutionItems)
            .Concat(["C22", "C23", "C44", "C46", "C51", "C53", "C54", "C56", "C58", "C59"]).OrderBy(c => int.Parse(c[1..], CultureInfo.InvariantCulture)), ignoreOrder: false);
        items.Single(c => c.GetProperty("code").GetString() == "C35").GetProperty("appliesTo").EnumerateArray().Select(t => t.GetString()).ShouldBe(["government"]);
        (await duxue.GetAsync($"/api/indicator-templates/{district}?for=department")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/indicators/{district}?for=government");
        page.QuerySelectorAll(".indicator-item").Select(i => i.GetAttribute("data-code")).ShouldContain("C36");
        page.QuerySelectorAll(".indicator-item").Select(i => i.GetAttribute("data-code")).ShouldNotContain("C8");
    }

    private static List<string> Codes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".checklist-item").Select(i => i.GetAttribute("data-code")!).ToList();

    private static async Task<JsonElement> Errors(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    private static Task<string> SchoolOfAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<Dudao.Modules.Accounts.Domain.User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-school").Select(u => u.OrgRefId!).SingleAsync());

    internal static async Task<string> OpenRoundAsync(TestApp app, string schoolId, string name)
    {
        var opened = await (await app.ApiAsync("jlp-admin")).PostAsJsonAsync("/api/self-assessment-rounds",
            new { name, targetKind = "school", deadline = "2026-11-30", targetIds = new[] { schoolId } });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
