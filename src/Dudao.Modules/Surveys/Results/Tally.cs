namespace Dudao.Modules.Surveys.Results;

/// <summary>Sums for one school or region, added up the tree; averages and rates are taken at the end.</summary>
internal sealed class Tally
{
    public int Responses;
    public int AfterSchoolYes, AfterSchoolAnswered, PaidYes, PaidAnswered;
    public readonly Dictionary<int, GradeSums> Grades = [];
    public readonly Dictionary<string, (int Answered, int Satisfied)> Satisfaction = new(StringComparer.Ordinal);
    public readonly HashSet<string> FlaggedSchools = new(StringComparer.Ordinal);

    public void Add(Tally other)
    {
        Responses += other.Responses;
        AfterSchoolYes += other.AfterSchoolYes;
        AfterSchoolAnswered += other.AfterSchoolAnswered;
        PaidYes += other.PaidYes;
        PaidAnswered += other.PaidAnswered;
        foreach (var (grade, sums) in other.Grades) Grade(grade).Add(sums);
        foreach (var (code, (answered, satisfied)) in other.Satisfaction)
        {
            var (a, s) = Satisfaction.GetValueOrDefault(code);
            Satisfaction[code] = (a + answered, s + satisfied);
        }
        FlaggedSchools.UnionWith(other.FlaggedSchools);
    }

    public GradeSums Grade(int grade) => Grades.TryGetValue(grade, out var sums) ? sums : Grades[grade] = new GradeSums();

    public ResultFigures Figures()
    {
        var all = new GradeSums();
        foreach (var sums in Grades.Values) all.Add(sums);
        var answered = Satisfaction.Values.Sum(v => v.Answered);
        return new ResultFigures(Responses, Rate(Satisfaction.Values.Sum(v => v.Satisfied), answered), Rate(AfterSchoolYes, AfterSchoolAnswered),
            Rate(PaidYes, PaidAnswered), Average(all.SleepSum, all.SleepAnswers), Average(all.HomeworkSum, all.HomeworkAnswers), FlaggedSchools.Count);
    }

    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);

    public static double? Average(double sum, int count) => count == 0 ? null : Math.Round(sum / count, 1, MidpointRounding.AwayFromZero);
}

internal sealed class GradeSums
{
    public int HomeworkAnswers, SleepAnswers;
    public double HomeworkSum, SleepSum;
    public readonly HashSet<string> SchoolsOverLimit = new(StringComparer.Ordinal);

    /// <summary>The C10 limit of the schools' counties when they agree; NaN once two disagree.</summary>
    public double? Limit;

    public void Add(GradeSums other)
    {
        HomeworkAnswers += other.HomeworkAnswers;
        SleepAnswers += other.SleepAnswers;
        HomeworkSum += other.HomeworkSum;
        SleepSum += other.SleepSum;
        SchoolsOverLimit.UnionWith(other.SchoolsOverLimit);
        Limit = Limit is null ? other.Limit : other.Limit is null || other.Limit.Equals(Limit) ? Limit : double.NaN;
    }
}
