using Dudao.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Dudao.Web.Startup;

/// <summary>
/// The data-protection key ring lives in the database (<c>data_protection_keys</c>), not in the
/// machine's home folder, so a cookie, bearer token or antiforgery token issued by one instance is
/// read by every other. The application name is fixed: by default it is the content root path,
/// which differs between machines and would keep instances from reading each other's payloads.
/// </summary>
internal static class SharedKeyRing
{
    public const string ApplicationName = "Dudao";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
