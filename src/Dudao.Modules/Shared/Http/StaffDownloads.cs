using Dudao.Modules.Accounts.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Shared.Http;

/// <summary>
/// The routes under /staff that pages link to (.xlsx and .docx downloads, stored files): for staff
/// signed in with the page cookie, and kept out of the API description, which documents /api only.
/// </summary>
public static class StaffDownloads
{
    public static RouteGroupBuilder MapStaffDownloads(this IEndpointRouteBuilder app) =>
        app.MapGroup("/staff")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(Schemes.Cookie).RequireAuthenticatedUser())
            .ExcludeFromDescription();
}
