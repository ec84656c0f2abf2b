using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Accounts;

/// <summary>Every change that revokes an account's access ends the tokens and cookies issued before, on their next request.</summary>
public sealed class RevocationTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Demoting_an_admin_ends_its_tokens_and_cookies_but_renaming_does_not(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-admin");
        var session = await Sessions.SignInAsync(app, name);

        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", roles = new[] { "office-admin" }, isActive = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await session.ShouldBeAcceptedAsync(app);

        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", roles = new[] { "office-staff" }, isActive = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await session.ShouldBeRefusedAsync(app);
        var again = await app.ApiAsync(name, UserAdminTests.GoodPassword);
        (await again.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["office-staff"]);
        (await again.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a fresh login carries the new roles");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Disabling_an_account_ends_its_tokens_and_cookies(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-admin");
        var session = await Sessions.SignInAsync(app, name);
        await session.ShouldBeAcceptedAsync(app);

        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "停用", roles = new[] { "office-admin" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await session.ShouldBeRefusedAsync(app);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Resetting_the_password_ends_the_tokens_and_cookies(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-staff");
        var session = await Sessions.SignInAsync(app, name);
        await session.ShouldBeAcceptedAsync(app);

        (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Nw8$rT5vQz3k" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await session.ShouldBeRefusedAsync(app);
        await (await Sessions.SignInAsync(app, name, "Nw8$rT5vQz3k")).ShouldBeAcceptedAsync(app);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Resetting_two_factor_on_the_page_ends_the_tokens_and_cookies_and_is_scoped(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-staff");
        var browser = await Sessions.PagesAsync(app, name);
        var key = await Authenticator.EnrolAsync(app, browser.Pages);

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { userName = name, password = UserAdminTests.GoodPassword, twoFactorCode = Authenticator.Code(key, app.Clock.GetUtcNow()) });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var session = new Session(token, browser.Cookie);
        await session.ShouldBeAcceptedAsync(app);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("twoFactorEnabled").GetBoolean().ShouldBeTrue();

        var spb = await app.ApiAsync("spb-admin");
        (await spb.PostAsync($"/api/users/{id}/two-factor/reset", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await session.ShouldBeAcceptedAsync(app);

        var adminPages = await app.PagesAsync("jlp-admin");
        var reset = await adminPages.SubmitAsync($"/staff/users/{id}/edit", "form[data-testid=reset-two-factor]", new());
        (await reset.Content.ReadAsStringAsync()).ShouldContain("动态验证码已重置");
        await session.ShouldBeRefusedAsync(app);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("twoFactorEnabled").GetBoolean().ShouldBeFalse();
        var again = await admin.PostAsync($"/api/users/{id}/two-factor/reset", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain("未启用动态验证码");
        (await app.ApiAsync(name, UserAdminTests.GoodPassword)).ShouldNotBeNull("the password alone logs in again");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Logging_out_needs_the_antiforgery_token_and_ends_every_session(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await Sessions.CreateUserAsync(admin, name, "office-staff");
        var other = await Sessions.SignInAsync(app, name);
        var browser = await Sessions.PagesAsync(app, name);
        var pages = browser.Pages;
        var mine = new Session(other.Token, browser.Cookie);

        var forged = await pages.Http.PostAsync("/logout", new FormUrlEncodedContent([]));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("退出登录失败");
        await other.ShouldBeAcceptedAsync(app);
        await mine.ShouldBeAcceptedAsync(app);

        var logout = await pages.SubmitAsync("/staff", "form[action='/logout']", new());
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        logout.Headers.Location!.ToString().ShouldEndWith("/login");
        await mine.ShouldBeRefusedAsync(app);
        await other.ShouldBeRefusedAsync(app);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Logging_out_of_the_api_ends_the_token(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await Sessions.CreateUserAsync(admin, name, "office-staff");
        var session = await Sessions.SignInAsync(app, name);
        var api = await app.ApiAsync(name, UserAdminTests.GoodPassword);
        (await api.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await session.ShouldBeRefusedAsync(app);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_token_of_a_deleted_account_gets_401(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-staff");
        var session = await Sessions.SignInAsync(app, name);
        await session.ShouldBeAcceptedAsync(app);

        await app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().Where(u => u.Id == id).ExecuteDeleteAsync());
        await session.ShouldBeRefusedAsync(app);
    }
}
