using System.Net;
using System.Net.Http.Json;

namespace Dudao.Tests.Accounts;

public sealed class TwoFactorTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task When_required_an_admin_must_enrol_an_authenticator_before_anything_else(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Accounts:RequireTwoFactorForAdmins"] = "true" });
        var api = app.CreateClient();
        var refused = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("动态验证码");
        (await app.ApiAsync("jlp-jjk")).ShouldNotBeNull("non-admins are not affected");

        var pages = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await pages.SubmitAsync("/login", "form", new() { ["userName"] = "jlp-admin", ["password"] = "Dudao@2026" });
        login.Headers.Location!.ToString().ShouldEndWith("/staff/account/two-factor");
        (await pages.Http.GetAsync("/staff/schools")).Headers.Location!.ToString().ShouldEndWith("/staff/account/two-factor");

        var (_, enrol) = await pages.GetAsync("/staff/account/two-factor");
        var key = enrol.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        enrol.QuerySelector("svg").ShouldNotBeNull("the QR code");
        var wrong = await pages.SubmitAsync("/staff/account/two-factor", "#enrol-form", new() { ["code"] = "000000" == Totp(app, key) ? "111111" : "000000" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("验证码不正确");
        var confirmed = await pages.SubmitAsync("/staff/account/two-factor", "#enrol-form", new() { ["code"] = Totp(app, key) });
        confirmed.Headers.Location!.ToString().ShouldEndWith("/staff");
        (await pages.Http.GetAsync("/staff/schools")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withoutCode = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026" });
        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.Content.ReadAsStringAsync()).ShouldContain("请输入动态验证码");
        app.Clock.Advance(TimeSpan.FromSeconds(30)); // the enrolment used this step's code
        var withCode = await api.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-admin", password = "Dudao@2026", twoFactorCode = Totp(app, key) });
        withCode.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Totp(TestApp app, string key) => Authenticator.Code(key, app.Clock.GetUtcNow());
}
