using Dudao.Core.Scope;

namespace Dudao.Modules.Surveys.Domain;

/// <summary>
/// One anonymous answer sheet. Nothing about the respondent is kept: no address, no browser, no time of
/// day; <see cref="BrowserKey"/> is a hash of the round and a random cookie, good only for refusing a
/// second sheet from the same browser. The measured answers are copied into columns for the results.
/// </summary>
public sealed class SurveyResponse : IRegionScoped
{
    public string Id { get; init; } = Core.Ids.New();
    public string RoundId { get; init; } = "";
    public string SchoolId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string Audience { get; init; } = "";
    public string BrowserKey { get; init; } = "";
    public DateOnly SubmittedOn { get; init; }
    public int? Grade { get; init; }
    public double? HomeworkMinutes { get; init; }
    public double? SleepHours { get; init; }
    public bool? AfterSchool { get; init; }
    public bool? PaidTutoring { get; init; }
}

/// <summary>One question's answer: a choice's value (several joined by commas), a number or a text.</summary>
public sealed class SurveyAnswer : IRegionScoped
{
    public string ResponseId { get; init; } = "";
    public string QuestionCode { get; init; } = "";
    public string RoundId { get; init; } = "";
    public string SchoolId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string? Value { get; init; }
    public double? Number { get; init; }
}

/// <summary>The problem an office opened from a school's flagged results, once per round and school.</summary>
public sealed class SurveyProblem : IRegionScoped
{
    public string RoundId { get; init; } = "";
    public string SchoolId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string ProblemId { get; init; } = "";
    public DateTime OpenedAt { get; init; }
}
