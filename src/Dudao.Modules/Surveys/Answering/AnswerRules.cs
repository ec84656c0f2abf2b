using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Surveys.Answering;

/// <summary>Checks a sheet against the questions asked of its audience; messages name the question by its number on the form.</summary>
internal static class AnswerRules
{
    public const int TextMax = 1000;

    /// <returns>Each answered question's stored value or number, by code.</returns>
    public static Dictionary<string, (string? Value, double? Number)> Parse(IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<AnswerInput> input)
    {
        var errors = new ValidationErrors();
        var given = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var a in input)
        {
            var code = a.Code?.Trim() ?? "";
            if (!questions.Any(q => q.Code == code)) errors.Add("answers", $"问卷中没有题号“{(code.Length <= 20 ? code : code[..20])}”");
            else if (!given.TryAdd(code, a)) errors.Add($"answers.{code}", $"题号“{code}”重复作答");
        }
        var result = new Dictionary<string, (string?, double?)>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var field = $"answers.{q.Code}";
            var label = $"第{i + 1}题";
            var a = given.GetValueOrDefault(q.Code);
            var value = string.IsNullOrWhiteSpace(a?.Value) ? null : a.Value.Trim();
            var values = (a?.Values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
            var number = a?.Number;
            if (number is null && value is not null && q.Kind is QuestionKinds.Number or QuestionKinds.Scale)
            {
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
                {
                    errors.Add(field, $"{label}请填写数字");
                    continue;
                }
                number = parsed;
            }
            var empty = q.Kind switch
            {
                QuestionKinds.MultipleChoice => values.Count == 0,
                QuestionKinds.Number or QuestionKinds.Scale => number is null,
                _ => value is null,
            };
            if (empty)
            {
                if (q.Required) errors.Add(field, $"请回答{label}");
                continue;
            }
            var options = q.OptionList();
            switch (q.Kind)
            {
                case QuestionKinds.SingleChoice when !options.Any(o => o.Value == value):
                    errors.Add(field, $"{label}{Check.NotOneOfCodes("的选项", options.Select(o => o.Value))}");
                    break;
                case QuestionKinds.SingleChoice:
                    result[q.Code] = (value, null);
                    break;
                case QuestionKinds.MultipleChoice when values.Any(v => !options.Any(o => o.Value == v)):
                    errors.Add(field, $"{label}{Check.NotOneOfCodes("的选项", options.Select(o => o.Value))}");
                    break;
                case QuestionKinds.MultipleChoice:
                    result[q.Code] = (string.Join(',', options.Select(o => o.Value).Where(values.Contains)), null);
                    break;
                case QuestionKinds.Scale when number is not (1 or 2 or 3 or 4 or 5):
                    errors.Add(field, $"{label}应选择 1–5 之间的一项");
                    break;
                case QuestionKinds.Number when !double.IsFinite(number!.Value) || number < (q.Min ?? double.MinValue) || number > (q.Max ?? double.MaxValue):
                    errors.Add(field, $"{label}应填写{q.Min?.ToString(CultureInfo.InvariantCulture) ?? "不限"}–{q.Max?.ToString(CultureInfo.InvariantCulture) ?? "不限"}之间的数{q.Unit}");
                    break;
                case QuestionKinds.Number or QuestionKinds.Scale:
                    result[q.Code] = (null, number);
                    break;
                default:
                    if (Check.Length(value, TextMax, label) is { } tooLong) errors.Add(field, tooLong);
                    else result[q.Code] = (value, null);
                    break;
            }
        }
        errors.ThrowIfAny();
        return result;
    }
}
