using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Platform.Files;
using Dudao.Tests.Complaints;
using Dudao.Tests.Inspections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dudao.Tests.Host;

public sealed class SecurityHeaderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_api_answers_files_and_errors_carry_the_security_headers_and_no_server_name(DatabaseKind kind)
    {
        using var app = UploadFolder.StartWithOpenOwner(kind);
        var fileId = (await UploadFolder.StoreAsync(app, "test", ("照片.png", Png, null))).Single();
        var anonymous = app.CreateClient();
        var api = await app.ApiAsync("jlp-admin");

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await anonymous.GetAsync("/login"),
            ["api answer"] = await api.GetAsync("/api/schools?pageSize=1"),
            ["api error"] = await api.GetAsync("/api/schools/no-such-school"),
            ["file download"] = await api.GetAsync($"/api/files/{fileId}"),
            ["static file"] = await anonymous.GetAsync("/css/dudao.css"),
            ["missing page"] = await anonymous.GetAsync("/no-such-page"),
        };
        responses["api answer"].StatusCode.ShouldBe(HttpStatusCode.OK);
        responses["api error"].StatusCode.ShouldBe(HttpStatusCode.NotFound);
        responses["file download"].Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        foreach (var (what, response) in responses)
        {
            var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem(what);
            csp.ShouldContain("script-src 'self';", customMessage: what);
            csp.ShouldContain("style-src 'self';", customMessage: what);
            csp.ShouldNotContain("unsafe-inline", customMessage: what);
            csp.ShouldNotContain("unsafe-eval", customMessage: what);
            csp.ShouldContain("frame-ancestors 'none'", customMessage: what);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], what);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], what);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"], what);
            response.Headers.Contains("Server").ShouldBeFalse(what);
        }
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse("Kestrel names itself otherwise");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task No_page_has_inline_script_event_handlers_or_style_attributes(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        // Records behind the detail pages: a visit with a finding (its problem) and a complaint.
        var inspector = await app.ApiAsync("jlp-duxue");
        var school = (await InspectionApi.AssignedSchoolsAsync(inspector))[4];
        var visit = await inspector.PostAsJsonAsync("/api/visits", InspectionApi.Visit(school, "2026-11-16",
            findings: [new { text = "课后服务时间讲授新课", severity = "high", indicatorCode = "C21" }]));
        var visitId = (await visit.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(ComplaintApi.UniqueTarget()));

        var problems = new List<string>();
        var visited = new HashSet<string>();
        await CrawlAsync(new PageClient(app.CreateClient(new() { AllowAutoRedirect = false })), "/", visited, problems);
        // The visit first: on a shared database the first visit link found may be another test's record.
        await CrawlAsync(await app.PagesAsync("jlp-admin"), $"/staff/visits/{visitId}", visited, problems);
        await CrawlAsync(await app.PagesAsync("jlp-admin"), "/staff", visited, problems);

        visited.ShouldContain("/staff/visits/{id}/print", "the printable report has a print button");
        visited.ShouldContain("/staff/coverage", "coverage draws a bar per group");
        visited.ShouldContain("/staff/complaints/{id}", "a complaint's text keeps its line breaks");
        visited.Count.ShouldBeGreaterThan(30);
        problems.ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_forged_host_gets_400_and_redirects_stay_on_the_site(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var forged = new HttpRequestMessage(HttpMethod.Get, "/staff");
        forged.Headers.Host = "evil.example";
        (await client.SendAsync(forged)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var redirect = await client.GetAsync("/staff");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.Host.ShouldBe("localhost");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Over_https_cookies_are_secure_and_hsts_is_sent(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var https = new PageClient(app.CreateClient(new() { BaseAddress = new Uri("https://dudao.example"), AllowAutoRedirect = false }));
        var (form, _) = await https.GetAsync("/login");
        form.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldStartWith("max-age=31536000");
        CookiesOf(form).ShouldNotBeEmpty("the antiforgery cookie");
        CookiesOf(form).ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        var login = await https.SubmitAsync("/login", "form", new() { ["userName"] = "jlp-jjk", ["password"] = "Dudao@2026" });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        CookiesOf(login).ShouldContain(c => c.StartsWith("dudao=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var (plain, _) = await new PageClient(app.CreateClient(new() { AllowAutoRedirect = false })).GetAsync("/login");
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        CookiesOf(plain).ShouldAllBe(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, ClassData(typeof(Databases))]
    public void Outside_development_the_site_does_not_start_without_its_host_names(DatabaseKind kind)
    {
        using var app = new TestApp(kind, new Dictionary<string, string?> { ["environment"] = "Production", ["AllowedHosts"] = "*" });
        Should.Throw<Exception>(() => app.Server).ToString().ShouldContain("未配置 AllowedHosts");
    }

    private static IEnumerable<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    /// <summary>
    /// Follows the site's own links from <paramref name="start"/>, one page per route shape (ids and
    /// codes folded), and notes every inline script, event handler, style and javascript: URL,
    /// which the Content-Security-Policy would refuse.
    /// </summary>
    private static async Task CrawlAsync(PageClient client, string start, HashSet<string> visited, List<string> problems)
    {
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var url) && visited.Count < 300)
        {
            var path = url.Split('?', '#')[0];
            if (!visited.Add(Shape(path))) continue;
            var (response, page) = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (var element in page.All)
            {
                if (element.LocalName == "script" && !element.HasAttribute("src")) problems.Add($"{url}: inline <script>");
                if (element.LocalName == "style") problems.Add($"{url}: <style> element");
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Name == "style")
                        problems.Add($"{url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/api/", StringComparison.Ordinal)
                    && !link.StartsWith("/logout", StringComparison.Ordinal))
                {
                    queue.Enqueue(link);
                }
            }
        }
    }

    /// <summary>/staff/schools/0190…/edit → /staff/schools/{id}/edit: one visit per kind of page.</summary>
    private static string Shape(string path) =>
        string.Join('/', path.Split('/').Select(s => s.Length >= 6 && s.Any(char.IsDigit) ? "{id}" : s));
}
