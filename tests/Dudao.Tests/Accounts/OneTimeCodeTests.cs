using System.Net;
using System.Net.Http.Json;

namespace Dudao.Tests.Accounts;

public sealed class OneTimeCodeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_authenticator_code_is_accepted_once_and_never_an_earlier_steps_after_it(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await Sessions.CreateUserAsync(admin, name, "office-staff");
        var key = await Authenticator.EnrolAsync(app, (await Sessions.PagesAsync(app, name)).Pages);
        var client = app.CreateClient();

        async Task<HttpResponseMessage> LoginAsync(int stepOffset) => await client.PostAsJsonAsync("/api/auth/login",
            new { userName = name, password = UserAdminTests.GoodPassword, twoFactorCode = Authenticator.Code(key, app.Clock.GetUtcNow(), stepOffset) });

        var enrolmentCode = await LoginAsync(0);
        enrolmentCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the code that confirmed the enrolment is used up");
        (await enrolmentCode.Content.ReadAsStringAsync()).ShouldContain("已使用");

        app.Clock.Advance(TimeSpan.FromSeconds(60));
        (await LoginAsync(-1)).StatusCode.ShouldBe(HttpStatusCode.OK, "the previous step's code is allowed for clock drift");
        (await LoginAsync(-1)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "but only once");
        (await LoginAsync(0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LoginAsync(0)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a replay of the current step's code");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        (await LoginAsync(-1)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the previous step's code, once used, stays refused");

        var pages = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var replayed = await pages.SubmitAsync("/login", "form", new()
        {
            ["userName"] = name, ["password"] = UserAdminTests.GoodPassword, ["twoFactorCode"] = Authenticator.Code(key, app.Clock.GetUtcNow(), -1),
        });
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replayed.Content.ReadAsStringAsync()).ShouldContain("动态验证码错误或已使用");
        var fresh = await pages.SubmitAsync("/login", "form", new()
        {
            ["userName"] = name, ["password"] = UserAdminTests.GoodPassword, ["twoFactorCode"] = Authenticator.Code(key, app.Clock.GetUtcNow()),
        });
        fresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
