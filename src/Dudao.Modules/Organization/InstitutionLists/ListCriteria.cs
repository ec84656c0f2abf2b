using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>What puts an institution on a list (seed 002: 黑白名单制度, 信息公开), as the public page states it and the entry form checks it.</summary>
public static class ListCriteria
{
    public const string White = "经审批登记、证照齐全、正常办学且未列入黑名单的校外培训机构。机构停办、注销或被取缔时自动移出。";
    public const string Black = "经查实无证无照办学（黑机构）、被取缔，或存在违规收费、隐形变异培训等严重违规行为的机构。整改到位并经复查的，可移出。";

    /// <returns>null when the institution may enter <paramref name="list"/>, otherwise why not.</returns>
    public static string? Refusal(Institution i, string list) => list switch
    {
        InstitutionListEntry.White when i.Status != Institution.Normal || i.Licence != InstitutionLifecycle.FullyLicensed =>
            $"列入白名单须证照齐全且正常办学，该机构为{i.Licence}、{i.Status}",
        _ => null,
    };
}
