using Dudao.Modules.Surveys.Questionnaires;

namespace Dudao.Modules.Surveys.Answering;

/// <param name="RoundId">Optional: the round the form was shown for; a link of another round is refused.</param>
public sealed record AnswersInput(IReadOnlyList<AnswerInput>? Answers, string? RoundId = null);

/// <summary>One answer: <see cref="Value"/> for a single choice or a text, <see cref="Values"/> for a multiple choice, <see cref="Number"/> for a number or a scale point (1–5).</summary>
public sealed record AnswerInput(string? Code, string? Value = null, IReadOnlyList<string>? Values = null, double? Number = null);

public sealed record SurveyReceived(string Message);

/// <summary>What the public form shows for a link.</summary>
/// <param name="Refusal">Why the link takes no answer now (closed, not started, already answered); null when it does.</param>
public sealed record SurveyFormDto(string RoundId, string Title, string SchoolName, string Audience, string AudienceLabel, DateOnly From, DateOnly To,
    IReadOnlyList<QuestionDto> Questions, string? Refusal, bool Answered);
