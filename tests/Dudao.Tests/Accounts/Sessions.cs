using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Accounts;

/// <summary>What a sign-in hands out, kept so that a test can replay it after the account changed.</summary>
public sealed record Session(string Token, string Cookie);

/// <summary>A page client signed in through the login page whose cookie the test can read.</summary>
public sealed record BrowserSession(PageClient Pages, CookieContainer Jar)
{
    public string Cookie => Jar.GetCookies(Sessions.Site)["dudao"]!.Value;
}

public static class Sessions
{
    public static readonly Uri Site = new("http://localhost");

    /// <summary>Signs in through the API and through the login page, and keeps the token and the cookie.</summary>
    public static async Task<Session> SignInAsync(TestApp app, string userName, string password = UserAdminTests.GoodPassword)
    {
        var api = await app.ApiAsync(userName, password);
        return new Session(api.DefaultRequestHeaders.Authorization!.Parameter!, (await PagesAsync(app, userName, password)).Cookie);
    }

    public static async Task<BrowserSession> PagesAsync(TestApp app, string userName, string password = UserAdminTests.GoodPassword)
    {
        var jar = new CookieContainer();
        var pages = new PageClient(app.CreateDefaultClient(Site, new CookieContainerHandler(jar)));
        var login = await pages.SubmitAsync("/login", "form", new() { ["userName"] = userName, ["password"] = password });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return new BrowserSession(pages, jar);
    }

    /// <summary>The token reads <c>/api/me</c> and the cookie opens the staff home.</summary>
    public static async Task ShouldBeAcceptedAsync(this Session session, TestApp app)
    {
        (await ApiGetAsync(app, session)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageGetAsync(app, session)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The token gets 401 and the cookie is sent to the login page.</summary>
    public static async Task ShouldBeRefusedAsync(this Session session, TestApp app)
    {
        (await ApiGetAsync(app, session)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token issued before");
        var page = await PageGetAsync(app, session);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the cookie issued before");
        page.Headers.Location!.ToString().ShouldContain("/login");
    }

    private static Task<HttpResponseMessage> ApiGetAsync(TestApp app, Session session)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return client.GetAsync("/api/me");
    }

    private static Task<HttpResponseMessage> PageGetAsync(TestApp app, Session session)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", $"dudao={session.Cookie}");
        return client.SendAsync(request);
    }

    public static async Task<string> CreateUserAsync(HttpClient admin, string userName, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "测试用户", orgKind = "office", regionCode = "500107", roles, password = UserAdminTests.GoodPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}

/// <summary>
/// Lets a test speak as several clients: the <c>X-Test-Client</c> header sets the request's remote
/// address (the test server has none). Register with <see cref="Add"/> on an app of one's own.
/// </summary>
public sealed class TestClients : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public static void Add(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestClients>();

    public static HttpClient From(TestApp app, string address, bool followRedirects = true)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address)) http.Connection.RemoteIpAddress = address;
            return nextMiddleware();
        });
        next(app);
    };
}

/// <summary>An authenticator app: RFC 6238 with SHA-1, 30-second steps and 6 digits, at the test app's clock.</summary>
public static class Authenticator
{
    public static string Code(string base32Key, DateTimeOffset at, int stepOffset = 0)
    {
        var step = at.ToUnixTimeSeconds() / 30 + stepOffset;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // RFC 6238: authenticator apps compute their codes with HMAC-SHA1
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
    }

    /// <summary>Enrols the signed-in account of <paramref name="pages"/> and returns its key; the code used is the current step's.</summary>
    public static async Task<string> EnrolAsync(TestApp app, PageClient pages)
    {
        var (_, enrol) = await pages.GetAsync("/staff/account/two-factor");
        var key = enrol.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        var confirmed = await pages.SubmitAsync("/staff/account/two-factor", "#enrol-form", new() { ["code"] = Code(key, app.Clock.GetUtcNow()) });
        confirmed.Headers.Location!.ToString().ShouldEndWith("/staff");
        return key;
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return bytes.ToArray();
    }
}
