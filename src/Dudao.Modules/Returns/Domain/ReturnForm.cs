using Dudao.Core.Entities;
using Dudao.Data.Audit;

namespace Dudao.Modules.Returns.Domain;

/// <summary>Who fills a form: the units below the office that defines it.</summary>
public static class FillerKinds
{
    /// <summary>The offices of the counties below (a city's or province's form).</summary>
    public const string Office = "office";
    public const string School = "school";
    public const string Institution = "institution";

    /// <summary>The departments (科室) of the counties below, the supervision office itself not included.</summary>
    public const string Department = "department";

    public static readonly string[] All = [Office, School, Institution, Department];

    public static string Label(string kind) => kind switch
    {
        Office => "下级督导部门",
        School => "学校",
        Institution => "校外培训机构",
        Department => "职能科室",
        _ => kind,
    };
}

/// <summary>
/// A periodic return (报表) an office asks of the units below it: typed fields, a period, a due day and
/// who fills it. Built-in forms (<see cref="Key"/> set, <see cref="RegionCode"/> empty) serve every office.
/// Forms are read by the units below the office as well as by its subtree, so they are not scope-filtered:
/// the services apply <see cref="VisibleTo"/>.
/// </summary>
public sealed class ReturnForm : IVersioned, IAudited
{
    public const string MonthlyStatistics = "monthly-statistics";
    public const string QuarterlySummary = "quarterly-summary";

    public string Id { get; init; } = Core.Ids.New();

    /// <summary>The defining office's region; empty for a built-in form.</summary>
    public string RegionCode { get; init; } = "";
    public string? Key { get; init; }
    public string Name { get; set; } = "";
    public string PeriodKind { get; init; } = PeriodKinds.Month;
    public int DueDay { get; set; }

    /// <summary>0: due in the period's last month; 1: in the month after the period.</summary>
    public int DueMonthOffset { get; set; }

    /// <summary>Comma-separated <see cref="FillerKinds"/>.</summary>
    public string Fillers { get; set; } = "";

    /// <summary>The fields as JSON (<see cref="ReturnField"/>).</summary>
    public string Fields { get; set; } = "[]";
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public int Version { get; set; }

    public IReadOnlyList<string> FillerList => Fillers.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<ReturnField> FieldList => ReturnField.ParseAll(Fields);

    public bool IsBuiltIn => Key is not null;

    public DateOnly DueOn(ReturnPeriod period) => period.DueOn(DueDay, DueMonthOffset);

    /// <summary>
    /// The periods units fill now: the one today falls in and the one before (still being reported, or
    /// late), leaving out periods that ended before the form existed.
    /// </summary>
    public IEnumerable<ReturnPeriod> OpenPeriods(DateOnly today)
    {
        var current = ReturnPeriod.Containing(PeriodKind, today);
        var created = DateOnly.FromDateTime(Core.Time.ChinaTime.ToLocal(CreatedAt));
        return new[] { current.Previous(), current }.Where(p => p.End >= created);
    }

    /// <summary>Whether the form covers a unit in <paramref name="regionCode"/> (built-in forms cover all).</summary>
    public bool Covers(string regionCode) => RegionCode.Length == 0 || regionCode.StartsWith(Core.Scope.DataScope.ForRegion(RegionCode).RegionPrefix, StringComparison.Ordinal);
}
