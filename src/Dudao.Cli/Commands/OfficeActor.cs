using Dudao.Core.Scope;
using Dudao.Modules.Accounts.Domain;

namespace Dudao.Cli.Commands;

/// <summary>The CLI acting as one supervision office: its region's scope applies, as for a signed-in office user.</summary>
internal sealed class OfficeActor(string regionCode) : ICurrentUser
{
    public string? UserId => null;
    public string UserName => "cli";
    public string DisplayName => UserName;
    public string RegionCode => regionCode;
    public string OrgKind => OrgKinds.Office;
    public string? OrgRefId => null;
    public IReadOnlyList<string> Roles => [];
    public DataScope Scope { get; } = DataScope.ForRegion(regionCode);
    public bool Has(string permission) => true;
}
