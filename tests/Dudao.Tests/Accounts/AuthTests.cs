using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Accounts;

public sealed class AuthTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Me_shows_the_account_and_its_unit(DatabaseKind kind)
    {
        var client = await TestApp.For(kind).ApiAsync("jlp-admin");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("userName").GetString().ShouldBe("jlp-admin");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("office-admin");
        var unit = me.GetProperty("orgUnit");
        unit.GetProperty("kind").GetString().ShouldBe("office");
        unit.GetProperty("code").GetString().ShouldBe("500107");
        unit.GetProperty("name").GetString().ShouldBe("九龙坡区 督导室");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_wrong_password_is_401_and_the_fifth_failure_locks_the_account(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Wrong@Pass123" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        var fifth = await client.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Wrong@Pass123" });
        ((int)fifth.StatusCode).ShouldBe(423);
        (await fifth.Content.ReadAsStringAsync()).ShouldContain("锁定");

        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Dudao@2026" });
        ((int)right.StatusCode).ShouldBe(423, "still locked even with the right password");

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await client.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Dudao@2026" });
        later.StatusCode.ShouldBe(HttpStatusCode.OK, "the lockout lasts 15 minutes");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_expired_token_is_refused(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var client = await app.ApiAsync("jlp-admin");
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_api_needs_a_token_and_a_forged_one_is_refused(DatabaseKind kind)
    {
        var client = TestApp.For(kind).CreateClient();
        (await client.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged");
        (await client.GetAsync("/api/schools")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Staff_pages_need_login_and_the_home_shows_the_unit(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var redirect = await anonymous.GetAsync("/staff/schools");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldContain("/login");

        var pages = await app.PagesAsync("spb-admin");
        var (response, home) = await pages.GetAsync("/staff");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.QuerySelector("[data-testid=home-unit]").ShouldNotBeNull(home.Body?.TextContent).TextContent.ShouldBe("沙坪坝区 督导室");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_wrong_password_on_the_login_page_shows_a_chinese_message(DatabaseKind kind)
    {
        var pages = new PageClient(TestApp.For(kind).CreateClient(new() { AllowAutoRedirect = false }));
        var response = await pages.SubmitAsync("/login", "form", new() { ["userName"] = "jlp-jjk", ["password"] = "Nope@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_page_session_ends_after_30_idle_minutes_but_not_while_in_use(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var pages = await app.PagesAsync("jlp-jjk");
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            (await pages.Http.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK, "each request renews the session");
        }
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await pages.Http.GetAsync("/staff");
        idle.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        idle.Headers.Location!.ToString().ShouldContain("/login");
    }
}
