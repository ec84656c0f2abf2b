using Dudao.Core.Errors;
using Dudao.Modules.Surveys.Rounds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Surveys.Answering;

/// <summary>The public survey API and the QR image: no login, nothing about the client stored but the hashed cookie.</summary>
internal static class PublicSurveyEndpoints
{
    public static void MapPublicSurveyEndpoints(this IEndpointRouteBuilder publicApi)
    {
        var group = publicApi.MapGroup("/public/surveys").WithTags("Surveys (public)");
        group.MapGet("/{token}", async (string token, HttpContext http, AnswerService answers, CancellationToken ct) =>
                await answers.FormAsync(token, BrowserCookie.Read(http), ct) ?? throw DomainException.NotFound("问卷链接"))
            .WithName("GetSurveyForm").WithSummary("问卷链接的题目（无需登录）；refusal 说明为何现在不能作答");
        group.MapPost("/{token}", async (string token, AnswersInput input, HttpContext http, AnswerService answers, CancellationToken ct) =>
                TypedResults.Created((string?)null, await answers.SubmitAsync(token, input, BrowserCookie.GetOrIssue(http), ct)))
            .WithName("SubmitSurvey").WithSummary("匿名提交问卷（无需登录）；每个浏览器每轮一次（凭随机 Cookie），已结束或不在起止日期内的链接被拒绝");
    }

    /// <summary>The QR code of a link's form address, for the printed sheet and the links API.</summary>
    public static void MapSurveyQr(this IEndpointRouteBuilder app) =>
        app.MapGet("/s/{token}/qr.svg", async (string token, HttpRequest request, AnswerService answers, CancellationToken ct) =>
                await answers.FindAsync(token, ct) is null
                    ? Microsoft.AspNetCore.Http.Results.NotFound()
                    : Microsoft.AspNetCore.Http.Results.Text(QrSvg.Render(SurveyUrls.Form(SurveyHost.BaseUrl(request), token)), "image/svg+xml"))
            .AllowAnonymous().ExcludeFromDescription();
}
