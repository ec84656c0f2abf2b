using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>A school's exam calendar for one term (<see cref="ExamLine"/>s as JSON), checked against the region's exam rules.</summary>
public sealed class ExamCalendar : ITargetScoped, IVersioned, IAudited, IFlaggable
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Term { get; init; } = "";
    public string Exams { get; set; } = "[]";
    public string Violations { get; set; } = "[]";
    public string? ProblemId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}

/// <param name="Kind">One of <see cref="ExamKinds"/>.</param>
/// <param name="Written">A paper-and-pen exam (纸笔考试); a 游园式 or oral assessment is not.</param>
public sealed record ExamLine(string Name, int GradeFrom, int GradeTo, string Kind, bool Written, DateOnly Date);

public static class ExamKinds
{
    public const string Final = "final";
    public const string Midterm = "midterm";
    public const string Other = "other";
    public static readonly string[] All = [Final, Midterm, Other];

    public static string Label(string kind) => kind switch
    {
        Final => "期末考试",
        Midterm => "期中考试",
        Other => "其他测验（单元、月考等）",
        _ => kind,
    };
}
