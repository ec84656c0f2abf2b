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
        group.MapGet("/", (string? q, [AsParameters] PageQuery paging, UserService users, CancellationToken ct) => users.ListAsync(q, paging.Request, ct))
            .WithName("ListUsers").WithSummary("账号列表");
        group.MapGet("/{id}", (string id, UserService users, CancellationToken ct) => users.GetAsync(id, ct)).WithName("GetUser").WithSummary("账号详情");
        group.MapPost("/", async (NewUserInput input, UserService users, CancellationToken ct) =>
        {
            var created = await users.CreateAsync(input, ct);
            return TypedResults.Created($"/api/users/{created.Id}", created);
        }).WithName("CreateUser").WithSummary("新增账号");
        group.MapPut("/{id}", (string id, UserEdit input, UserService users, CancellationToken ct) => users.UpdateAsync(id, input, ct))
            .WithName("UpdateUser").WithSummary("修改账号");
        group.MapPost("/{id}/password", async (string id, PasswordInput input, UserService users, CancellationToken ct) =>
        {
            await users.SetPasswordAsync(id, input, ct);
            return TypedResults.NoContent();
        }).WithName("SetUserPassword").WithSummary("重设账号密码");
        group.MapPost("/{id}/unlock", (string id, UserService users, CancellationToken ct) => users.UnlockAsync(id, ct))
            .WithName("UnlockUser").WithSummary("解除账号锁定");
        group.MapPost("/{id}/two-factor/reset", (string id, UserService users, CancellationToken ct) => users.ResetTwoFactorAsync(id, ct))
            .WithName("ResetUserTwoFactor").WithSummary("重置账号的动态验证码");
    }
}
