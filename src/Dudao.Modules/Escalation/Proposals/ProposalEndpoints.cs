using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dudao.Modules.Escalation.Proposals;

internal static class ProposalEndpoints
{
    public static void MapProposalEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/escalation-proposals", async (ProposalInput input, ProposalService proposals, CancellationToken ct) =>
        {
            var created = await proposals.ProposeAsync(input, ct);
            return TypedResults.Created((string?)null, created);
        }).WithTags("Escalation").RequireAuthorization(EscalationPermissions.Propose).WithName("ProposeEscalation").WithSummary("提请上级督办");
}
