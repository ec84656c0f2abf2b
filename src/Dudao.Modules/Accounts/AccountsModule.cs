using Dudao.Core.Scope;
using Dudao.Modules.Demo;
using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Identity;
using Dudao.Modules.Accounts.Login;
using Dudao.Modules.Accounts.Logs;
using Dudao.Modules.Accounts.TwoFactor;
using Dudao.Modules.Accounts.Users;
using Dudao.Modules.Shared.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Accounts;

public static class AccountsModule
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IPermissionSet, AccountsPermissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddHttpContextAccessor();
        services.AddScoped<CallerOverride>();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CallerOverride>().User ?? sp.GetRequiredService<HttpCurrentUser>());
        // Required for administrators unless configured otherwise; demo accounts log in with their password alone.
        services.Configure<AccountsOptions>(o =>
            o.RequireTwoFactorForAdmins = config.GetValue("Dudao:Accounts:RequireTwoFactorForAdmins", !DemoMode.IsOn(config)));

        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Read by ClientLockouts: the lockout is per account and client, not Identity's per account.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddUserStore<UserStore>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Schemes.Cookie;
                o.DefaultSignInScheme = Schemes.Cookie;
            })
            .AddCookie(Schemes.Cookie, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/staff/denied";
                o.ExpireTimeSpan = IdleTimeout;
                o.SlidingExpiration = true;
                o.Cookie.Name = "dudao";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Events.OnValidatePrincipal = SessionCheck.ValidateCookieAsync;
            })
            .AddBearerToken(Schemes.Bearer, o =>
            {
                o.BearerTokenExpiration = IdleTimeout;
                o.Events.OnMessageReceived = SessionCheck.ValidateBearerAsync;
            });
        // SignInManager's own lookups expect Identity's scheme names; none of its cookies are used.
        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme).AddCookie(IdentityConstants.TwoFactorUserIdScheme);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PartnerNotFound>();
        services.AddAuthorization();
        ClientPseudonyms.SharedKey(config); // a malformed key stops the start-up here
        LoginRateLimit.Register(services, config);
        services.AddScoped<ClientLockouts>();
        services.AddScoped<OneTimeCodes>();
        services.AddScoped<LoginService>();
        services.AddScoped<TwoFactorEnrolment>();
        services.AddScoped<OrgUnitNames>();
        services.AddScoped<UserService>();
        services.AddScoped<UnitChoices>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditRecordNames>();
        services.AddScoped<LoginLog>();
        return services;
    }

    /// <param name="publicApi">/api without login: the login itself.</param>
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder api, IEndpointRouteBuilder publicApi)
    {
        publicApi.MapLoginEndpoints();
        api.MapMeEndpoints();
        api.MapApiLogout();
        api.MapUserEndpoints();
        api.MapLogEndpoints();
        return api;
    }

    public static IEndpointRouteBuilder MapAccountsPages(this IEndpointRouteBuilder app)
    {
        app.MapLogout();
        return app;
    }
}

/// <summary><c>Dudao:Accounts:RequireTwoFactorForAdmins</c>: administrators must use an authenticator (default: on, off in demo mode).</summary>
public sealed class AccountsOptions
{
    public bool RequireTwoFactorForAdmins { get; set; }
}
