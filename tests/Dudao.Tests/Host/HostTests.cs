using System.Net;

namespace Dudao.Tests.Host;

public sealed class HostTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Health_openapi_and_the_api_reference_are_served(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        (await app.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
        var client = await app.ApiAsync("jlp-jjk");
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/schools");
        openApi.ShouldContain("/api/auth/login");
        (await client.GetAsync("/lib/swagger-ui/swagger-ui-bundle.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Outside_development_the_openapi_document_and_the_api_reference_need_a_login(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var reference = await anonymous.GetAsync("/api-docs/");
        reference.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        reference.Headers.Location!.PathAndQuery.ShouldStartWith("/login?ReturnUrl=%2Fapi-docs%2F");
        (await anonymous.GetAsync("/api-docs/start.js")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var pages = await app.PagesAsync("jlp-jjk");
        (await pages.Http.GetStringAsync("/api-docs/")).ShouldContain("/lib/swagger-ui/swagger-ui-bundle.js");
        (await pages.Http.GetStringAsync("/openapi/v1.json")).ShouldContain("/api/schools", customMessage: "the reference page fetches it with the page cookie");
        (await (await app.ApiAsync("jlp-jjk")).GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task In_development_the_openapi_document_is_open(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["environment"] = "Development" });
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        (await anonymous.GetStringAsync("/openapi/v1.json")).ShouldContain("/api/schools");
        (await anonymous.GetStringAsync("/api-docs/")).ShouldContain("/lib/swagger-ui/swagger-ui-bundle.js");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_home_needs_no_login_and_links_to_complaints_and_public_lists(DatabaseKind kind)
    {
        var (response, home) = await new PageClient(TestApp.For(kind).CreateClient()).GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var links = home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("/complaints/new");
        links.ShouldContain("/complaints/lookup");
        links.ShouldContain("/public/institutions?list=white");
    }
}
