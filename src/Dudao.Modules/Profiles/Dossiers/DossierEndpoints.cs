using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Profiles.Dossiers;

/// <summary>The 一校一档 profile as JSON: the same <see cref="DossierService"/> query the profile pages show, 404 outside the caller's scope.</summary>
internal static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/schools/{id}/profile", (string id, DossierService dossiers, CancellationToken ct) => dossiers.SchoolAsync(id, ct))
            .RequireAuthorization(ProfilesPermissions.View).WithTags("Profiles")
            .WithName("GetSchoolProfile").WithSummary("一校一档：学校的登记信息、责任督学、督导记录、问题、举报、问责和自评");
        api.MapGet("/institutions/{id}/profile", (string id, DossierService dossiers, CancellationToken ct) => dossiers.InstitutionAsync(id, ct))
            .RequireAuthorization(ProfilesPermissions.View).WithTags("Profiles")
            .WithName("GetInstitutionProfile").WithSummary("一校一档：培训机构的登记信息、责任督学、督导记录、问题、举报、问责和自评");
    }
}
