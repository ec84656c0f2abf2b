using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.Platform.Letterheads;

/// <summary>
/// How an office signs its documents: its full name (发文机关) and the pattern of its document numbers
/// (文号), e.g. 九龙坡督办〔{年}〕{号}号. One per region, set by that region's office; a region without
/// one uses <see cref="LetterheadDefaults"/>.
/// </summary>
public sealed class Letterhead : IRegionScoped, IAudited
{
    public const int OfficeNameMax = 60;
    public const int PatternMax = 40;
    public const string YearToken = "{年}";
    public const string SequenceToken = "{号}";

    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string OfficeName { get; set; } = "";
    public string NumberPattern { get; set; } = "";

    /// <summary>The pattern with the year and sequence filled in: 九龙坡督办〔2026〕3号.</summary>
    public string Format(int year, int sequence) => NumberPattern
        .Replace(YearToken, year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace(SequenceToken, sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
