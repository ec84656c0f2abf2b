using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Training.Funds;

internal static class FundEndpoints
{
    public static void MapFundEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/fund-statements/import", (IFormFile? file, FundService funds, CancellationToken ct) =>
                funds.ImportAsync(file is null ? null : new Upload(file.FileName, file.OpenReadStream), ct))
            .RequireAuthorization(TrainingPermissions.Supervise)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FundService.MaxFileBytes))
            .ProducesImportRefusal()
            .WithTags("Training").WithName("ImportFundStatements")
            .WithSummary("导入托管银行平台的预收费对账单（.xlsx/.csv；同一机构同一期间重复导入不变；有错则整份不写入）");
        api.MapGet("/fund-positions", (string? regionCode, FundService funds, CancellationToken ct) => funds.PositionsAsync(regionCode, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithTags("Training").WithName("ListFundPositions")
            .WithSummary("本地区各机构最新的对账结果和预警");
        api.MapGet("/custody-accounts", (string? regionCode, FundService funds, CancellationToken ct) => funds.CustodyAccountsAsync(regionCode, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithTags("Training").WithName("ListCustodyAccounts").WithSummary("已纳入资金监管的机构及其托管账户");

        var institution = api.MapGroup("/institutions/{id}").WithTags("Training");
        institution.MapGet("/fund", (string id, FundService funds, CancellationToken ct) => funds.PositionAsync(id, ct))
            .WithName("GetInstitutionFund").WithSummary("机构最新的预收费对账结果和预警");
        institution.MapPut("/custody-account", (string id, CustodyInput input, FundService funds, CancellationToken ct) => funds.SetCustodyAsync(id, input, ct))
            .RequireAuthorization(TrainingPermissions.Supervise).WithName("SetCustodyAccount").WithSummary("登记或修改机构的资金监管账户（托管银行、账号）");
    }
}
