using System.Globalization;
using Dudao.Modules.Organization.Domain;

namespace Dudao.Modules.Campaigns.Draws;

/// <summary>The new-draw form as posted; recusals are lines of “督学，对象，理由” (names or ids).</summary>
public sealed class DrawForm
{
    public string? Title { get; set; }
    public string? TargetKind { get; set; }
    public string? RegionCode { get; set; }
    public string? Zone { get; set; }
    public List<string> Types { get; set => field = value ?? []; } = [];
    public string? Category { get; set; }
    public string? Kind { get; set; }
    public string? RankedMonth { get; set; }
    public string? Top { get; set; }
    public string? TargetCount { get; set; }
    public string? InspectorCount { get; set; } = "2";
    public List<string> InspectorLevels { get; set => field = value ?? []; } = [];
    public string? SeedFixedOn { get; set; }
    public string? SeedSource { get; set; }
    public string? Recusals { get; set; }
    public string? Seed { get; set; }

    private static readonly char[] Separators = [',', '，', '\t', '、'];

    public DrawInput ToInput()
    {
        var school = TargetKind == Assignment.SchoolTarget;
        var filter = new DrawFilterInput(school ? Blank(Zone) : null, school ? Types : null, school ? null : Blank(Category), school ? null : Blank(Kind),
            Blank(RankedMonth), Number(Top));
        var recusals = (Recusals ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(Separators, StringSplitOptions.TrimEntries))
            .Select(p => new RecusalInput(p.ElementAtOrDefault(0), p.ElementAtOrDefault(1), p.ElementAtOrDefault(2))).ToList();
        return new DrawInput(Blank(RegionCode), TargetKind, filter, Number(TargetCount), Number(InspectorCount), Blank(Seed), Title,
            DateOnly.TryParse(SeedFixedOn, CultureInfo.InvariantCulture, out var day) ? day : null, Blank(SeedSource), InspectorLevels, recusals);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A number as typed; anything else is passed on as 0 so the service names the field.</summary>
    private static int? Number(string? s) => string.IsNullOrWhiteSpace(s) ? null : int.TryParse(s.Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0;
}
