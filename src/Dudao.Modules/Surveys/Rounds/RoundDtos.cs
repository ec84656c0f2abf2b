using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Surveys.Rounds;

/// <param name="RegionCode">The office's region (province, city or county) whose schools are asked; the caller's own by default.</param>
/// <param name="Questionnaire">The questionnaire's id or key (shuangjian-monitoring: the copy nearest the region).</param>
/// <param name="Title">Optional; the questionnaire's name and the month by default.</param>
public sealed record RoundInput(string? RegionCode, string? Questionnaire, DateOnly? From, DateOnly? To, IReadOnlyList<string>? Audiences,
    string? Title = null);

public sealed record RoundCreated(string Id);

/// <param name="Status">open | not-started | closed.</param>
public sealed record RoundDto(string Id, string Title, string RegionCode, string RegionName, string QuestionnaireId, string QuestionnaireName,
    DateOnly From, DateOnly To, IReadOnlyList<string> Audiences, string Status, string StatusLabel, DateTime CreatedAt, DateTime? ClosedAt, int Version);

/// <summary>A school's link for one audience; <see cref="QrSvgUrl"/> is the QR code of <see cref="Url"/> as SVG (no login).</summary>
public sealed record LinkDto(string Audience, string Url, string QrSvgUrl, string SchoolId, string SchoolName, string AudienceLabel, string Token);

public static class RoundStatuses
{
    public static string Of(SurveyRound round, DateOnly today) =>
        round.ClosedAt is not null || today > round.To ? "closed" : today < round.From ? "not-started" : "open";
}
