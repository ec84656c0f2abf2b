using Dudao.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Accounts.Users;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(AccountsPermissions.ManageUsers);
        group.MapGet("/", (string? q, int? page, int? pageSize, UserService users, CancellationToken ct) =>
            users.ListAsync(q, PageRequest.Of(page, pageSize), ct));
        group.MapGet("/{id}", (string id, UserService users, CancellationToken ct) => users.GetAsync(id, ct));
        group.MapPost("/", async (NewUserInput input, UserService users, CancellationToken ct) =>
        {
            var created = await users.CreateAsync(input, ct);
            return Results.Created($"/api/users/{created.Id}", created);
        });
        group.MapPut("/{id}", (string id, UserEdit input, UserService users, CancellationToken ct) => users.UpdateAsync(id, input, ct));
        group.MapPost("/{id}/password", async (string id, PasswordInput input, UserService users, CancellationToken ct) =>
        {
            await users.SetPasswordAsync(id, input, ct);
            return Results.NoContent();
        });
        group.MapPost("/{id}/unlock", (string id, UserService users, CancellationToken ct) => users.UnlockAsync(id, ct));
        group.MapPost("/{id}/two-factor/reset", (string id, UserService users, CancellationToken ct) => users.ResetTwoFactorAsync(id, ct));
    }
}
