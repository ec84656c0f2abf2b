using System.Net;

namespace Dudao.Tests.Host;

public sealed class HostTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Health_openapi_and_the_api_reference_are_served(DatabaseKind kind)
    {
        var client = TestApp.For(kind).CreateClient();
        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/schools");
        openApi.ShouldContain("/api/auth/login");
        (await client.GetStringAsync("/api-docs/")).ShouldContain("/lib/swagger-ui/swagger-ui-bundle.js");
        (await client.GetAsync("/lib/swagger-ui/swagger-ui-bundle.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
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
