using Dudao.Modules.Rectification.Ledger;

namespace Dudao.Modules.Rectification.Pages;

/// <summary>The entry form's posted fields: a registry target is named by its code (学校标识码 or 统一社会信用代码), as staff know it.</summary>
public sealed class ProblemForm
{
    public string? TargetKind { get; set; } = "school";
    public string? TargetCode { get; set; }
    public string? TargetName { get; set; }
    public string? RegionCode { get; set; }
    public string? Source { get; set; } = Domain.ProblemSources.Manual;
    public string? Category { get; set; }
    public string? Severity { get; set; } = Domain.ProblemSeverities.Medium;
    public string? Description { get; set; }
    /// <summary>yyyy-MM-dd from a date input; empty for the default by severity.</summary>
    public string? Deadline { get; set; }
    /// <summary>A county department to fix it; empty for the target itself.</summary>
    public string? ResponsibleDepartmentId { get; set; }

    public ProblemInput ToInput(string? targetId) =>
        new(TargetKind, targetId, TargetName, RegionCode, Source, Category, Severity, Description,
            DateOnly.TryParse(Deadline, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            ResponsibleDepartmentId: string.IsNullOrEmpty(ResponsibleDepartmentId) ? null : ResponsibleDepartmentId);
}

/// <summary>The fields of an action form on the problem page (plan, evidence, verification, follow-up).</summary>
public sealed class ActionForm
{
    public string? Note { get; set; }
    public bool? Passed { get; set; }
    public int? Version { get; set; }
}
