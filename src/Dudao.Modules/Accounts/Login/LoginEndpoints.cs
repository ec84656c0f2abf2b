using Dudao.Modules.Accounts.Authorization;
using Dudao.Modules.Accounts.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Accounts.Login;

internal sealed record LoginRequest(string? UserName, string? Password, string? TwoFactorCode);

internal static class LoginEndpoints
{
    public static void MapLoginEndpoints(this IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPost("/auth/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (LoginRequest request, LoginService login, HttpContext http,
            CancellationToken ct) =>
        {
            var result = await login.CheckAsync(request.UserName, request.Password, request.TwoFactorCode, "api", http.Connection.RemoteIpAddress, ct);
            return result.Outcome switch
            {
                LoginOutcome.Success when result.MustEnrol => TypedResults.Problem(title: "需要启用动态验证码",
                    detail: "管理员账号须先登录网页，在“动态验证码”页面完成绑定后才能使用接口", statusCode: StatusCodes.Status403Forbidden),
                LoginOutcome.Success => TypedResults.SignIn(DudaoClaims.PrincipalFor(result.User!, Schemes.Bearer), authenticationScheme: Schemes.Bearer),
                LoginOutcome.LockedOut => TypedResults.Problem(title: "账号已锁定", detail: result.Message, statusCode: StatusCodes.Status423Locked),
                _ => TypedResults.Problem(title: "登录失败", detail: result.Message, statusCode: StatusCodes.Status401Unauthorized),
            };
        }).WithTags("Auth").AllowAnonymous().RequireRateLimiting(LoginRateLimit.Policy)
            .WithName("Login").WithSummary("登录，取得访问令牌")
            // The bearer handler writes the token; 401 wrong name or password, 403 an administrator without an authenticator, 423 locked out.
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status423Locked);
    }
}
