using Microsoft.Playwright;

namespace Dudao.BrowserTests.Infrastructure;

/// <summary>
/// One app and one headless Chromium for all journeys; each journey opens its own context, so
/// cookies never leak between them. Debian's Chromium is used: browsers are never downloaded.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture() : this(history: false)
    {
    }

    protected BrowserFixture(bool history) => App = new BrowserApp(history);

    public BrowserApp App { get; }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// A fresh page in a context of its own, with the app as base address and Chinese as the browser language.
    /// <paramref name="bypassCsp"/> lets a test inject a tool's script (axe-core), which the policy would refuse.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress, Locale = "zh-CN", BypassCSP = bypassCsp });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A phone-sized page (390×844, touch) in a context of its own; without script when <paramref name="javaScript"/> is off.</summary>
    public async Task<IPage> NewPhonePageAsync(bool javaScript = true, bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, JavaScriptEnabled = javaScript, BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>An app of its own with the demo's lived-in year, for walking every page as its users would.</summary>
public sealed class LivedInBrowserFixture() : BrowserFixture(history: true);

[CollectionDefinition(Name)]
public sealed class LivedInCollection : ICollectionFixture<LivedInBrowserFixture>
{
    public const string Name = "lived-in";
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
