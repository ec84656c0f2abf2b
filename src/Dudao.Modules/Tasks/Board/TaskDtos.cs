namespace Dudao.Modules.Tasks.Board;

public sealed record MilestoneInput(string? Title, string? Month);

/// <param name="DepartmentIds">The responsible units, departments of the caller's office; the first leads.</param>
/// <param name="Deadline">完成时限, yyyy-MM.</param>
public sealed record TaskInput(string? Title, List<string>? DepartmentIds, string? Deadline, List<MilestoneInput>? Milestones);

/// <param name="Month">yyyy-MM, this month when absent.</param>
/// <param name="Done">The task is finished (its own office or a responsible department only).</param>
public sealed record ProgressInput(string? Month, string? Text, int? Percent, bool Done = false);

public sealed record ProgressDto(string Month, string Unit, string Text, int Percent, DateTime ReportedAt, string ReportedBy);

public sealed record MilestoneDto(string Title, string Month);

/// <param name="Status">open 推进中, due 本月到期, overdue 已逾期, done 已完成.</param>
/// <param name="HandedDown">The task is an office's above the asked region (下达), not the region's own.</param>
public sealed record TaskDto(string Id, string RegionCode, int Number, string Title, IReadOnlyList<string> Units, string Deadline, string Status,
    DateOnly? CompletedOn, bool HandedDown, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<ProgressDto> Progress);
