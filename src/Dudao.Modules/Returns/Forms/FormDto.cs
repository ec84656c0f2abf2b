using Dudao.Modules.Returns.Domain;

namespace Dudao.Modules.Returns.Forms;

/// <param name="RegionCode">The defining office's region; empty for a built-in form.</param>
/// <param name="DueMonthOffset">0: due in the period's last month; 1: in the month after.</param>
/// <param name="CurrentPeriod">The period today falls in, e.g. <c>2026-11</c> or <c>2026Q4</c>.</param>
public sealed record FormDto(string Id, string? Key, string Name, string RegionCode, string PeriodKind, int DueDay, int DueMonthOffset,
    IReadOnlyList<string> Fillers, IReadOnlyList<ReturnField> Fields, bool BuiltIn, bool Active, string CurrentPeriod)
{
    public static FormDto Of(ReturnForm f, DateOnly today) => new(f.Id, f.Key, f.Name, f.RegionCode, f.PeriodKind, f.DueDay, f.DueMonthOffset,
        f.FillerList, f.FieldList, f.IsBuiltIn, f.Active, ReturnPeriod.Containing(f.PeriodKind, today).Code);

    /// <summary>"每月20日前（次月）"-style wording of the due rule.</summary>
    public string DueText => PeriodKind switch
    {
        PeriodKinds.Month => DueMonthOffset == 0 ? $"当月{DueDay}日前" : $"次月{DueDay}日前",
        _ => DueMonthOffset == 0 ? $"期末月{DueDay}日前" : $"期满次月{DueDay}日前",
    };
}

/// <param name="Min">Numbers only: the smallest value allowed.</param>
/// <param name="Choices">A choice field's options.</param>
public sealed record FieldInput(string? Key, string? Label, string? Type, bool Required, decimal? Min, decimal? Max, IReadOnlyList<string>? Choices);

/// <param name="Fillers">Who fills it: office (the counties' offices below), school, institution, department.</param>
public sealed record FormInput(string? Name, string? PeriodKind, int? DueDay, int? DueMonthOffset, IReadOnlyList<string>? Fillers, IReadOnlyList<FieldInput>? Fields);
