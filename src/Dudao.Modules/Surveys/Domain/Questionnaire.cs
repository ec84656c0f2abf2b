using Dudao.Core.Entities;
using Dudao.Data.Audit;

namespace Dudao.Modules.Surveys.Domain;

/// <summary>
/// A questionnaire as data: its questions say whom they are asked (pupils, parents, teachers) and, where
/// the results count them, what they measure. The built-in 双减 monitoring questionnaire is national (no
/// owner region); an office copies it and edits its copy, as with the indicator templates.
/// </summary>
public sealed class Questionnaire : IVersioned, IAudited
{
    public const string MonitoringKey = "shuangjian-monitoring";

    public string Id { get; init; } = Core.Ids.New();
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The region whose subtree may use this copy; "" for the built-in questionnaire.</summary>
    public string OwnerRegion { get; set; } = "";
    public bool BuiltIn { get; init; }
    public string? BasedOnId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }
}

/// <summary>One question. Options are lines of <c>value=label</c>; a scale question runs 1–5.</summary>
public sealed class SurveyQuestion
{
    public string QuestionnaireId { get; init; } = "";
    public string Code { get; init; } = "";
    public int Position { get; init; }
    public string Text { get; init; } = "";

    /// <summary>One of <see cref="QuestionKinds"/>.</summary>
    public string Kind { get; init; } = "";
    public string? Options { get; init; }

    /// <summary>Comma-separated <see cref="Audiences"/> the question is asked of.</summary>
    public string Audiences { get; init; } = "";
    public bool Required { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Unit { get; init; }

    /// <summary>One of <see cref="Measures"/> when the results count the answers; null for the others.</summary>
    public string? Measure { get; init; }

    public bool AskedOf(string audience) => Domain.Audiences.Split(Audiences).Contains(audience);

    public IReadOnlyList<(string Value, string Label)> OptionList() => QuestionKinds.ParseOptions(Options);
}

public static class QuestionKinds
{
    public const string SingleChoice = "single";
    public const string MultipleChoice = "multiple";
    public const string Scale = "scale";
    public const string Number = "number";
    public const string Text = "text";
    public static readonly string[] All = [SingleChoice, MultipleChoice, Scale, Number, Text];

    /// <summary>The five points of a scale question; 4 and 5 count as satisfied.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> ScalePoints =
        [("5", "非常满意"), ("4", "满意"), ("3", "一般"), ("2", "不满意"), ("1", "非常不满意")];

    public const int SatisfiedFrom = 4;

    public static string Label(string kind) => kind switch
    {
        SingleChoice => "单选", MultipleChoice => "多选", Scale => "满意度量表", Number => "数字", Text => "文字", _ => kind,
    };

    public static IReadOnlyList<(string Value, string Label)> ParseOptions(string? options) =>
        (options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2) is [var v, var l] ? (v.Trim(), l.Trim()) : (line, line)).ToList();
}

/// <summary>Who answers: the link of a school is one per audience.</summary>
public static class Audiences
{
    public const string Pupil = "pupil";
    public const string Parent = "parent";
    public const string Teacher = "teacher";
    public static readonly string[] All = [Pupil, Parent, Teacher];

    public static string Label(string audience) => audience switch { Pupil => "学生", Parent => "家长", Teacher => "教师", _ => audience };

    public static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>What an answer counts towards in the results.</summary>
public static class Measures
{
    /// <summary>The pupil's grade (1–12), a single choice whose values are the grade numbers.</summary>
    public const string Grade = "grade";
    /// <summary>Written homework per school day, minutes (a number).</summary>
    public const string HomeworkMinutes = "homework-minutes";
    public const string SleepHours = "sleep-hours";
    /// <summary>Takes part in the school's after-school service (a single choice yes/no).</summary>
    public const string AfterSchool = "after-school";
    /// <summary>Pays for off-campus subject tutoring (a single choice yes/no).</summary>
    public const string PaidTutoring = "paid-tutoring";
    /// <summary>A satisfaction item (a scale).</summary>
    public const string Satisfaction = "satisfaction";
    public static readonly string[] All = [Grade, HomeworkMinutes, SleepHours, AfterSchool, PaidTutoring, Satisfaction];

    /// <summary>The kind of question each measure needs.</summary>
    public static string KindFor(string measure) => measure switch
    {
        HomeworkMinutes or SleepHours => QuestionKinds.Number,
        Satisfaction => QuestionKinds.Scale,
        _ => QuestionKinds.SingleChoice,
    };

    public const string Yes = "yes";
}
