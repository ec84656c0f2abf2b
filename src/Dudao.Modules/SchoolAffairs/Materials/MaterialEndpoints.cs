using System.Text.Json;
using Dudao.Core.Errors;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.SchoolAffairs.Materials;

internal static class MaterialEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapMaterialEndpoints(this IEndpointRouteBuilder api)
    {
        var own = api.MapGroup("/schools/{id}/materials").WithTags("SchoolAffairs");
        own.MapGet("/", (string id, string? term, MaterialService materials, CancellationToken ct) => materials.GetAsync(id, term, ct))
            .RequireAuthorization(SchoolAffairsPermissions.View).WithName("GetMaterialFiling").WithSummary("某校某学期的教辅备案及预警（每学科超过规定套数）");
        own.MapPut("/", async (string id, string? term, HttpRequest request, MaterialService materials, CancellationToken ct) =>
            {
                var (input, approvals) = await ReadAsync(request, ct);
                return TypedResults.Ok(await materials.PutAsync(id, term, input, approvals, ct));
            })
            .RequireAuthorization(SchoolAffairsPermissions.Publish).DisableAntiforgery()
            .Accepts<MaterialFilingInput>("application/json", "multipart/form-data")
            .WithName("PutMaterialFiling").WithSummary("学校备案一学期征订的教辅（整体替换；multipart 时 filing 为 JSON，approvals 为教导处、校委会审批材料）");
        api.MapGet("/materials", (string? term, string? regionCode, MaterialService materials, CancellationToken ct) => materials.OverviewAsync(term, regionCode, ct))
            .WithTags("SchoolAffairs").RequireAuthorization(SchoolAffairsPermissions.View).WithName("ListMaterialFilings")
            .WithSummary("辖区各校某学期的教辅备案：未备案或每学科超过规定套数的学校在前");
    }

    private static async Task<(MaterialFilingInput Input, IReadOnlyList<Upload> Approvals)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            if (!request.HasFormContentType) return (await RequestBodies.ReadJsonAsync<MaterialFilingInput>(request, ct), []);
            var form = await RequestBodies.ReadFormAsync(request, ct);
            var filing = form["filing"].ToString();
            var input = filing.Length == 0 ? Empty : JsonSerializer.Deserialize<MaterialFilingInput>(filing, Json) ?? Empty;
            return (input, Upload.From(form.Files.Where(f => f.Name == "approvals")));
        }
        catch (JsonException)
        {
            throw ValidationFailedException.For("filing", "备案内容应为 JSON（items、voluntaryConfirmed）");
        }
    }

    private static readonly MaterialFilingInput Empty = new(null, null);
}
