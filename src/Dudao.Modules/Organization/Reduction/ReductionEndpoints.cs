using Dudao.Modules.Shared.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Organization.Reduction;

internal static class ReductionEndpoints
{
    public static void MapReductionEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/institutions/reduction", ([AsParameters] ReductionQuery query, ReductionService service, CancellationToken ct) =>
                service.FiguresAsync(query, ct))
            .WithTags("Institutions").RequireAuthorization(OrganizationPermissions.Browse).WithName("GetInstitutionReduction")
            .WithSummary("学科类机构压减情况（期初、期末、压减数及压减率，取缔、关停、重新登记、查处黑机构、检查机构、整改通知书；不含纳入资金监管数）");

    /// <summary>The figures as .xlsx for the staff page.</summary>
    public static void MapReductionPageDownloads(this RouteGroupBuilder staff) =>
        staff.MapGet("/institutions/reduction/export", async ([AsParameters] ReductionQuery query, ReductionService service, CancellationToken ct) =>
                Results.File(ReductionExport.Xlsx(await service.FiguresAsync(query, ct)), XlsxWriter.ContentType, "机构压减情况.xlsx"))
            .RequireAuthorization(OrganizationPermissions.Browse);
}
