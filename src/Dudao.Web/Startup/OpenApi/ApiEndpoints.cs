using Microsoft.AspNetCore.Authorization;

namespace Dudao.Web.Startup.OpenApi;

/// <summary>What an API endpoint's metadata says about how it may be called.</summary>
internal static class ApiEndpoints
{
    /// <summary>Requires a signed-in caller: an authorization requirement, and no <c>AllowAnonymous</c>.</summary>
    public static bool RequiresLogin(IEnumerable<object> metadata)
    {
        var items = metadata as IReadOnlyCollection<object> ?? metadata.ToList();
        return items.Any(m => m is IAuthorizeData or AuthorizationPolicy) && !items.Any(m => m is IAllowAnonymous);
    }
}
