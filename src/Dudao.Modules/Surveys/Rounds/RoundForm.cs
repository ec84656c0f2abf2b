using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Surveys.Rounds;

/// <summary>The new-round form as posted; dates as the date inputs send them.</summary>
public sealed class RoundForm
{
    public string? Title { get; set; }
    public string? RegionCode { get; set; }
    public string? Questionnaire { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string[]? Audiences { get; set; } = [Domain.Audiences.Pupil, Domain.Audiences.Parent, Domain.Audiences.Teacher];

    public RoundInput ToInput() => new(RegionCode, Questionnaire, Day(From), Day(To), Audiences ?? [], Title);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
