using System.Threading.RateLimiting;
using Dudao.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dudao.Modules.Shared.Clients;

/// <summary>
/// The per-client fixed window of the public complaint limit and the login throttle. On PostgreSQL
/// the window is counted in the database, so a client meets the same limit on every instance; on
/// SQLite (one instance by nature) in memory. <c>Dudao:RateLimits:Shared</c> overrides the choice.
/// </summary>
public static class ClientLimits
{
    public const string SharedSetting = "Dudao:RateLimits:Shared";

    public static IServiceCollection AddClientLimits(this IServiceCollection services)
    {
        services.TryAddSingleton<ClientPseudonyms>();
        services.TryAddSingleton<SharedRateCounter>();
        return services;
    }

    /// <summary>The calling client's window under <paramref name="policy"/>.</summary>
    public static RateLimitPartition<string> Window(HttpContext http, string policy, int permits, TimeSpan window)
    {
        var services = http.RequestServices;
        var client = services.GetRequiredService<ClientPseudonyms>().Of(http.Connection.RemoteIpAddress);
        var config = services.GetRequiredService<IConfiguration>();
        if (config.GetValue(SharedSetting, services.GetRequiredService<DatabaseOptions>().IsPostgres))
        {
            var counter = services.GetRequiredService<SharedRateCounter>();
            return RateLimitPartition.Get(client, key => new SharedWindowLimiter(counter, policy, key, permits, window));
        }
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0,
        });
    }
}
