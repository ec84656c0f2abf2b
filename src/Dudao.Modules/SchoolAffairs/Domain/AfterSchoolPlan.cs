using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;

namespace Dudao.Modules.SchoolAffairs.Domain;

/// <summary>
/// A school's after-school service (课后服务) for one term: the "5+2" schedule, extended care, weekend and
/// holiday care, 初中 evening study, funding, and how many pupils and teachers take part (entered once a term).
/// </summary>
public sealed class AfterSchoolPlan : ITargetScoped, IVersioned, IAudited, IFlaggable
{
    public string Id { get; init; } = Core.Ids.New();
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Term { get; init; } = "";
    public int DaysPerWeek { get; set; }
    public int MinutesPerDay { get; set; }
    public TimeOnly EndTime { get; set; }
    /// <summary>延时托管 for pupils with special needs (003 C17); its end time when offered.</summary>
    public TimeOnly? ExtendedCareEnd { get; set; }
    public bool WeekendCare { get; set; }
    public bool HolidayCare { get; set; }
    public bool EveningStudy { get; set; }
    /// <summary>How it is paid for, e.g. 财政补助+家长自愿缴费.</summary>
    public string Funding { get; set; } = "";
    /// <summary>Per pupil per term, in yuan; null when free.</summary>
    public decimal? FeePerTerm { get; set; }
    /// <summary>Per teacher per session (元/课时); null when none is paid.</summary>
    public decimal? TeacherSubsidy { get; set; }
    public int PupilsTakingPart { get; set; }
    public int TeachersTakingPart { get; set; }
    public string Violations { get; set; } = "[]";
    public string? ProblemId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}
