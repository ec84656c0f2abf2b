using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Platform.PublicContacts;

/// <summary>
/// Who runs the public service for a region and the phone line the public may call (监督举报电话),
/// shown on the public home. One per region, set by that region's office.
/// </summary>
public sealed class PublicContact : IRegionScoped, IAudited
{
    public const int AuthorityMax = 60;
    public const int HotlineMax = 40;

    /// <summary>Shown where no region has set its own: the nationwide government service line.</summary>
    public const string DefaultAuthority = "当地教育督导部门";
    public const string DefaultHotline = "12345（政务服务便民热线）";

    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string Authority { get; set; } = "";
    public string Hotline { get; set; } = "";
}
