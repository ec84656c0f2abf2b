using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Surveys.Questionnaires;

public sealed record QuestionnaireDto(string Id, string Key, string Name, string OwnerRegion, bool BuiltIn, string? BasedOnId,
    IReadOnlyList<QuestionDto> Questions)
{
    public static QuestionnaireDto From(Questionnaire q, IEnumerable<SurveyQuestion> questions) =>
        new(q.Id, q.Key, q.Name, q.OwnerRegion, q.BuiltIn, q.BasedOnId, questions.Select(QuestionDto.From).ToList());
}

/// <param name="Options">Each choice's value and label (a scale's five points too).</param>
/// <param name="Audiences">pupil, parent, teacher: whom the question is asked.</param>
/// <param name="Measure">What the results count it towards (grade, homework-minutes, sleep-hours, after-school, paid-tutoring, satisfaction).</param>
public sealed record QuestionDto(string Code, string Text, string Kind, IReadOnlyList<OptionDto> Options, IReadOnlyList<string> Audiences,
    bool Required, double? Min, double? Max, string? Unit, string? Measure)
{
    public static QuestionDto From(SurveyQuestion q) => new(q.Code, q.Text, q.Kind,
        (q.Kind == QuestionKinds.Scale ? QuestionKinds.ScalePoints : q.OptionList()).Select(o => new OptionDto(o.Value, o.Label)).ToList(),
        Domain.Audiences.Split(q.Audiences), q.Required, q.Min, q.Max, q.Unit, q.Measure);
}

public sealed record OptionDto(string Value, string Label);

public sealed record CopyQuestionnaireInput(string? RegionCode, string? Name);

/// <summary>A copy's questions, replaced as a whole.</summary>
public sealed record QuestionsInput(IReadOnlyList<QuestionInput>? Questions);

public sealed record QuestionInput(string? Code, string? Text, string? Kind, IReadOnlyList<OptionDto>? Options, IReadOnlyList<string>? Audiences,
    bool? Required, double? Min, double? Max, string? Unit, string? Measure);
