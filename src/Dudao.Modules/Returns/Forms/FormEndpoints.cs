using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Returns.Forms;

internal static class FormEndpoints
{
    public static void MapFormEndpoints(this IEndpointRouteBuilder api)
    {
        var forms = api.MapGroup("/returns/forms").WithTags("Returns").RequireAuthorization(ReturnsPermissions.View);
        forms.MapGet("/", (FormService service, CancellationToken ct, bool includeRetired = false) => service.ListAsync(includeRetired, ct))
            .WithName("ListReturnForms").WithSummary("报表列表（内置报表、上级和本级制定的报表）");
        forms.MapGet("/{id}", (string id, FormService service, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetReturnForm").WithSummary("报表定义");
        forms.MapPost("/", async (FormInput input, FormService service, CancellationToken ct) =>
        {
            var form = await service.CreateAsync(input, ct);
            return TypedResults.Created($"/api/returns/forms/{form.Id}", form);
        }).RequireAuthorization(ReturnsPermissions.Define).WithName("DefineReturnForm").WithSummary("制定报表：填报项、周期、截止日和填报单位");
        forms.MapPost("/{id}/retire", (string id, FormService service, CancellationToken ct) => service.SetActiveAsync(id, false, ct))
            .RequireAuthorization(ReturnsPermissions.Define).WithName("RetireReturnForm").WithSummary("停用本单位制定的报表（已填报的数据保留）");
    }
}
