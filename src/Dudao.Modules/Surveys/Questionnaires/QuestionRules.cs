using Dudao.Core.Errors;
using Dudao.Modules.Surveys.Domain;

namespace Dudao.Modules.Surveys.Questionnaires;

/// <summary>What makes a questionnaire's questions usable: every message names the question by its position.</summary>
internal static class QuestionRules
{
    public const int MaxQuestions = 60;

    public static List<SurveyQuestion> Parse(string questionnaireId, IReadOnlyList<QuestionInput> input)
    {
        var errors = new ValidationErrors();
        if (input.Count == 0) errors.Add("questions", "请至少设置一道题");
        if (input.Count > MaxQuestions) errors.Add("questions", $"一份问卷最多{MaxQuestions}道题");
        errors.ThrowIfAny();
        var result = new List<SurveyQuestion>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var q = input[i];
            var at = $"questions[{i}]";
            var code = q.Code?.Trim() ?? "";
            if (code.Length == 0) errors.Add($"{at}.code", $"第{i + 1}题：请填写题号");
            else if (code.Length > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) errors.Add($"{at}.code", $"第{i + 1}题：题号应为不超过20位的字母、数字或连字符");
            else if (!codes.Add(code)) errors.Add($"{at}.code", $"第{i + 1}题：题号“{code}”重复");
            var text = q.Text?.Trim() ?? "";
            if (text.Length == 0) errors.Add($"{at}.text", $"第{i + 1}题：请填写题目");
            else errors.AddIf($"{at}.text", Check.Length(text, 300, $"第{i + 1}题题目"));
            var kind = q.Kind?.Trim() ?? "";
            errors.AddIf($"{at}.kind", Check.OneOfCodes(kind, QuestionKinds.All, $"第{i + 1}题题型"));
            var audiences = (q.Audiences ?? []).Select(a => a.Trim()).Distinct().ToList();
            if (audiences.Count == 0 || audiences.Any(a => !Audiences.All.Contains(a)))
                errors.Add($"{at}.audiences", $"第{i + 1}题：{Check.NotOneOfCodes("答题对象", Audiences.All)}");
            var options = (q.Options ?? []).Select(o => (Value: o.Value?.Trim() ?? "", Label: o.Label?.Trim() ?? "")).ToList();
            if (kind is QuestionKinds.SingleChoice or QuestionKinds.MultipleChoice)
            {
                if (options.Count < 2) errors.Add($"{at}.options", $"第{i + 1}题：选择题至少要有两个选项");
                else if (options.Any(o => o.Value.Length == 0 || o.Label.Length == 0 || o.Value.Contains(',', StringComparison.Ordinal) || o.Value.Contains('=', StringComparison.Ordinal) || o.Value.Contains('\n', StringComparison.Ordinal) || o.Label.Contains('\n', StringComparison.Ordinal)))
                    errors.Add($"{at}.options", $"第{i + 1}题：每个选项都要有取值和文字，取值不能含逗号或等号");
                else if (options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != options.Count) errors.Add($"{at}.options", $"第{i + 1}题：选项取值重复");
            }
            if (q.Min is { } min && q.Max is { } max && min > max) errors.Add($"{at}.max", $"第{i + 1}题：最大值应不小于最小值");
            var measure = string.IsNullOrWhiteSpace(q.Measure) ? null : q.Measure.Trim();
            if (measure is not null)
            {
                if (!Measures.All.Contains(measure)) errors.Add($"{at}.measure", $"第{i + 1}题：{Check.NotOneOfCodes("统计口径", Measures.All)}");
                else if (Measures.KindFor(measure) != kind) errors.Add($"{at}.measure", $"第{i + 1}题：统计口径 {measure} 需要{QuestionKinds.Label(Measures.KindFor(measure))}题");
                else if (measure == Measures.Grade && options.Any(o => !int.TryParse(o.Value, out var g) || g is < 1 or > 12))
                    errors.Add($"{at}.options", $"第{i + 1}题：年级题的选项取值应为 1–12 的年级数");
            }
            var optionText = string.Join('\n', options.Select(o => $"{o.Value}={o.Label}"));
            if (optionText.Length > 2000) errors.Add($"{at}.options", $"第{i + 1}题：{Check.TooLong("选项总长度", 2000)}");
            result.Add(new SurveyQuestion
            {
                QuestionnaireId = questionnaireId, Code = code, Position = i + 1, Text = text, Kind = kind,
                Options = kind is QuestionKinds.SingleChoice or QuestionKinds.MultipleChoice ? optionText : null,
                Audiences = string.Join(',', audiences), Required = q.Required ?? false, Min = q.Min, Max = q.Max,
                Unit = string.IsNullOrWhiteSpace(q.Unit) ? null : q.Unit.Trim(), Measure = measure,
            });
            errors.AddIf($"{at}.unit", Check.Length(q.Unit?.Trim(), 10, $"第{i + 1}题单位"));
        }
        errors.ThrowIfAny();
        return result;
    }
}
