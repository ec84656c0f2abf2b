using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Data.Audit;
using Dudao.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Accounts;

public sealed class LoginAbuseTests
{
    private const string Wrong = "Wrong@Pass123";

    [Theory, ClassData(typeof(Databases))]
    public async Task Past_the_limit_a_client_gets_429_in_chinese_on_the_api_and_the_page_while_others_go_on(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, new Dictionary<string, string?> { ["Dudao:Accounts:LoginRateLimit:PermitLimit"] = "3" }, TestClients.Add);
        var client = TestClients.From(app, "203.0.113.7");
        for (var i = 0; i < 3; i++) await client.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-jjk", password = Wrong });

        var refused = await client.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-jjk", password = "Dudao@2026" });
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("登录尝试过于频繁");

        var pages = new PageClient(client);
        (await pages.GetAsync("/login")).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "showing the form is free");
        var page = await pages.SubmitAsync("/login", "form", new() { ["userName"] = "jlp-jjk", ["password"] = "Dudao@2026" });
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain("登录尝试过于频繁");

        var other = TestClients.From(app, "198.51.100.20");
        (await other.PostAsJsonAsync("/api/auth/login", new { userName = "jlp-jjk", password = "Dudao@2026" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Failures_from_one_client_lock_the_account_for_that_client_only(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: TestClients.Add);
        var attacker = TestClients.From(app, "203.0.113.9");
        for (var i = 0; i < 4; i++)
            (await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = Wrong })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ((int)(await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = Wrong })).StatusCode).ShouldBe(423);
        var locked = await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Dudao@2026" });
        ((int)locked.StatusCode).ShouldBe(423);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("锁定");

        var holder = TestClients.From(app, "198.51.100.30");
        (await holder.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Dudao@2026" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pages = new PageClient(TestClients.From(app, "198.51.100.30", followRedirects: false));
        var page = await pages.SubmitAsync("/login", "form", new() { ["userName"] = "spb-admin", ["password"] = "Dudao@2026" });
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the holder's own browser is not locked out");

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await attacker.PostAsJsonAsync("/api/auth/login", new { userName = "spb-admin", password = "Dudao@2026" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_unknown_name_is_answered_like_a_known_one_after_the_same_work(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: services =>
        {
            TestClients.Add(services);
            services.AddSingleton<CountingHasher.Counter>();
            services.AddScoped<IPasswordHasher<User>, CountingHasher>();
        });
        var counter = app.Services.GetRequiredService<CountingHasher.Counter>();
        var client = TestClients.From(app, "203.0.113.11");

        async Task<(int Status, string? Detail, int Hashes)> TryAsync(string userName)
        {
            var before = counter.Verifications;
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Wrong });
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            return ((int)response.StatusCode, detail, counter.Verifications - before);
        }

        var known = await TryAsync("jlp-jjk");
        var unknown = await TryAsync("no-such-user");
        unknown.ShouldBe(known);
        known.ShouldBe((401, "用户名或密码错误", 1));
        for (var i = 0; i < 3; i++) await TryAsync("no-such-user");
        var fifth = await TryAsync("no-such-user");
        fifth.Status.ShouldBe(423, "an unknown name locks out like a real one, so a lockout does not reveal which names exist");
        fifth.Detail!.ShouldContain("锁定");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_admin_unlocks_an_account_of_their_subtree_only_and_the_unlock_is_audited(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind, services: TestClients.Add);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-staff");
        var client = TestClients.From(app, "203.0.113.12");
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/auth/login", new { userName = name, password = Wrong });
        ((int)(await client.PostAsJsonAsync("/api/auth/login", new { userName = name, password = UserAdminTests.GoodPassword })).StatusCode).ShouldBe(423);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("lockedOut").GetBoolean().ShouldBeTrue();
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/users?q={name}");
        listed.GetProperty("items")[0].GetProperty("lockedOut").GetBoolean().ShouldBeTrue();

        var spb = await app.ApiAsync("spb-admin");
        (await spb.PostAsync($"/api/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((int)(await client.PostAsJsonAsync("/api/auth/login", new { userName = name, password = UserAdminTests.GoodPassword })).StatusCode).ShouldBe(423);

        var unlocked = await admin.PostAsync($"/api/users/{id}/unlock", null);
        unlocked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedOut").GetBoolean().ShouldBeFalse();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = name, password = UserAdminTests.GoodPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "unlock" && a.EntityId == id && a.UserName == "jlp-admin")))
            .ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_holder_is_told_of_failed_attempts_at_the_next_login(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        await Sessions.CreateUserAsync(admin, name, "office-staff");

        var first = await Sessions.PagesAsync(app, name);
        (await first.Pages.GetAsync("/staff")).Document.QuerySelector("[data-testid=failed-logins]").ShouldBeNull("no failures yet");

        var stranger = app.CreateClient();
        for (var i = 0; i < 2; i++) await stranger.PostAsJsonAsync("/api/auth/login", new { userName = name, password = Wrong });
        (await first.Pages.GetAsync("/staff")).Document.QuerySelector("[data-testid=failed-logins]").ShouldBeNull("told at the next login, not mid-session");

        var next = await Sessions.PagesAsync(app, name);
        var notice = (await next.Pages.GetAsync("/staff")).Document.QuerySelector("[data-testid=failed-logins]");
        notice.ShouldNotBeNull().TextContent.ShouldContain("有 2 次登录失败");
        notice.TextContent.ShouldContain("2026-11-23 10:00", Case.Sensitive, "the time of the last failure in Beijing time");

        var api = await app.ApiAsync(name, UserAdminTests.GoodPassword);
        (await api.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("failedLogins").ValueKind.ShouldBe(JsonValueKind.Null, "no failures since the page login");
    }

    /// <summary>Identity's hasher, counting the hashes it checks.</summary>
    private sealed class CountingHasher(CountingHasher.Counter counter) : PasswordHasher<User>
    {
        public sealed class Counter
        {
            private int _verifications;
            public int Verifications => _verifications;
            public void Add() => Interlocked.Increment(ref _verifications);
        }

        public override PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            counter.Add();
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
