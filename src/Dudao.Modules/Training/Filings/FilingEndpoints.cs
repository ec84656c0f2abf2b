using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Training.Filings;

internal static class FilingEndpoints
{
    public static void MapFilingEndpoints(this IEndpointRouteBuilder api)
    {
        var own = api.MapGroup("/institutions/{id}/filings").WithTags("Training");
        own.MapGet("/", (string id, string? status, FilingService filings, CancellationToken ct) => filings.ListOfAsync(id, status, ct))
            .WithName("ListInstitutionFilings").WithSummary("某机构的备案（收费标准、培训材料、人员、外籍人员、示范合同）");
        own.MapPost("/", async (string id, FilingInput input, FilingService filings, CancellationToken ct) =>
            {
                var filed = await filings.SubmitAsync(id, input, ct);
                return TypedResults.Created($"/api/filings/{filed.Id}", filed);
            })
            .RequireAuthorization(TrainingPermissions.File).WithName("SubmitFiling").WithSummary("机构提交备案（由机构本身的账号提交）");

        var filings = api.MapGroup("/filings").WithTags("Training");
        filings.MapGet("/", (string? status, string? regionCode, FilingService service, CancellationToken ct) =>
                service.ListAsync(null, status, regionCode, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithName("ListFilings").WithSummary("本地区机构的备案（审核队列：status=submitted）");
        filings.MapGet("/{id}", (string id, FilingService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetFiling").WithSummary("备案详情");
        filings.MapPut("/{id}", (string id, FilingInput input, FilingService service, CancellationToken ct) => service.ResubmitAsync(id, input, ct))
            .RequireAuthorization(TrainingPermissions.File).WithName("ResubmitFiling").WithSummary("修改被退回的备案并重新提交");
        filings.MapPost("/{id}/approve", (string id, FilingService service, CancellationToken ct) => service.ApproveAsync(id, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithName("ApproveFiling").WithSummary("审核通过备案（校外培训监管科）");
        filings.MapPost("/{id}/return", (string id, ReturnInput input, FilingService service, CancellationToken ct) => service.ReturnAsync(id, input, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithName("ReturnFiling").WithSummary("退回备案并说明理由（校外培训监管科）");
    }
}
