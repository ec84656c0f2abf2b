using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Completeness;

internal static class CompletenessEndpoints
{
    public static void MapCompletenessEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/returns/completeness", (CompletenessService service, CancellationToken ct, string? formId = null, string? period = null, string? regionCode = null) =>
                service.GetAsync(formId, period, regionCode, ct))
            .WithTags("Returns").RequireAuthorization(ReturnsPermissions.Review)
            .WithName("GetReturnCompleteness").WithSummary("报表报送完整性和及时性：应报、已报、按时、逾期及未报单位，附各下级区域");
    }
}
