using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dudao.Data;
using Dudao.Modules;
using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Accounts.TwoFactor;
using Dudao.Web.Components;
using Dudao.Web.Startup.OpenApi;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using System.Globalization;

namespace Dudao.Web.Startup;

internal static class HostSetup
{
    public static WebApplicationBuilder AddDudao(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        builder.Logging.ClearProviders();
        builder.AddConsoleLogging();
        builder.AddTelemetry();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.RequireAllowedHosts();

        services.AddSingleton(TimeProvider.System);
        services.AddDudaoData(config, builder.Environment.ContentRootPath, typeof(DudaoModules).Assembly);
        services.AddDudaoModules(config);
        services.AddSharedKeyRing();

        // Razor would otherwise write Chinese as &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        // Text XML cannot carry is refused on input, in JSON bodies and in posted forms (ADR-042).
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new XmlSafeStringConverter()));
        services.AddSingleton<PostedFormCheck>();
        services.ConfigureDbContext<AppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PostedFormCheck>()));
        services.Configure<JsonOptions>(o => JsonInputChecks.AddTo(o.SerializerOptions));
        services.AddRazorComponents();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOpenApi(ApiDocument.Configure);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddReadiness();
        return builder;
    }

    public static WebApplication UseDudao(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        var zh = new CultureInfo("zh-CN");
        app.UseRequestLocalization(new RequestLocalizationOptions { DefaultRequestCulture = new RequestCulture(zh), SupportedCultures = [zh], SupportedUICultures = [zh] });
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodePages.WriteAsync);
        app.UseApiDocsAccess();
        app.UseRequestChecks();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseTwoFactorEnrolment();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapTelemetry();
        app.MapHealth();

        var publicApi = app.MapGroup("/api").WithProblemResponses();
        var api = app.MapGroup("/api").RequireAuthorization(p => p.AddAuthenticationSchemes(Schemes.Bearer).RequireAuthenticatedUser()).WithProblemResponses();
        app.MapDudaoModules(publicApi, api);
        app.MapRazorComponents<App>().AddAdditionalAssemblies(typeof(DudaoModules).Assembly);
        return app;
    }
}
