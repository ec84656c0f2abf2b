using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Tests.Complaints;
using Dudao.Tests.Rectification;

namespace Dudao.Tests.Profiles;

public sealed class SearchTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Search_finds_schools_only_within_the_callers_subtree(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var spb = await app.ApiAsync("spb-admin");
        var school = (await spb.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=1")).GetProperty("items")[0];
        var (name, code) = (school.GetProperty("name").GetString()!, school.GetProperty("code").GetString()!);

        var own = await spb.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(name)}");
        own.GetProperty("schools").GetProperty("items").EnumerateArray().Select(h => h.GetProperty("title").GetString()).ShouldContain(name);
        var byCode = await spb.GetFromJsonAsync<JsonElement>($"/api/search?q={code}");
        byCode.GetProperty("schools").GetProperty("items").EnumerateArray().Single().GetProperty("title").GetString().ShouldBe(name);

        var jlp = await app.ApiAsync("jlp-admin");
        foreach (var q in new[] { name, code })
        {
            var other = await jlp.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(q)}");
            other.GetProperty("schools").GetProperty("items").EnumerateArray().ShouldNotContain(h => h.GetProperty("title").GetString() == name);
        }
        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/search?q={Uri.EscapeDataString(name)}");
        page.QuerySelector("[data-testid=search-school]").ShouldBeNull();
        page.QuerySelector("[data-testid=search-empty]").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_receipt_code_finds_its_complaint_only_for_staff_whose_scope_holds_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target, regionCode: "500107"));

        var jlp = await app.ApiAsync("jlp-admin");
        // As a person reads it aloud: lower case, with dashes.
        var typed = string.Join("-", code.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var found = await jlp.GetFromJsonAsync<JsonElement>($"/api/search?q={typed}");
        var hit = found.GetProperty("complaints").GetProperty("items").EnumerateArray().Single();
        hit.GetProperty("id").GetString().ShouldBe(await ComplaintApi.IdOfAsync(jlp, target));

        foreach (var user in new[] { "spb-admin", "jlp-duxue" })
        {
            var other = await (await app.ApiAsync(user)).GetFromJsonAsync<JsonElement>($"/api/search?q={code}");
            other.GetProperty("complaints").GetProperty("items").GetArrayLength().ShouldBe(0, user);
        }

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/search?q={code}");
        page.QuerySelector($"[data-testid=search-complaint] a[href='/staff/complaints/{hit.GetProperty("id").GetString()}']").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_problem_is_found_by_its_description_and_links_from_the_results_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var schoolId = (await jlp.GetFromJsonAsync<JsonElement>("/api/schools?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var marker = $"查找标记{Guid.NewGuid():N}"[..14];
        var problem = await Problems.CreateAsync(jlp, schoolId, $"午休管理不到位 {marker}");

        var found = await jlp.GetFromJsonAsync<JsonElement>($"/api/search?q={marker}");
        found.GetProperty("problems").GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe(problem.Id());
        (await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>($"/api/search?q={marker}"))
            .GetProperty("problems").GetProperty("items").GetArrayLength().ShouldBe(0);

        var (_, page) = await (await app.PagesAsync("jlp-admin")).GetAsync($"/staff/search?q={marker}");
        page.QuerySelector($"[data-testid=search-problem] a[href='/staff/problems/{problem.Id()}']").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_empty_or_long_query_is_refused_naming_the_field_and_a_school_may_not_search(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        foreach (var q in new[] { "", "%20%20", new string('学', 51) })
        {
            var response = await jlp.GetAsync($"/api/search?q={q}");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            body.GetProperty("errors").GetProperty("q")[0].GetString().ShouldNotBeNullOrEmpty();
        }
        (await jlp.GetAsync("/api/search")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var pages = await app.PagesAsync("jlp-admin");
        var (refused, page) = await pages.GetAsync($"/staff/search?q={new string('学', 51)}");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Body!.TextContent.ShouldContain("搜索内容不能超过50");

        (await (await app.ApiAsync("jlp-school")).GetAsync("/api/search?q=小学")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
