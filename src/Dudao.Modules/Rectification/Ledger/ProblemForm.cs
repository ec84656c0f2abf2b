using Dudao.Modules.Organization.Registry;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>The entry form's posted fields: the target as <see cref="TargetFormFields"/> (a registry target by its code, as staff know it).</summary>
public sealed class ProblemForm : TargetFormFields
{
    public string? Source { get; set; } = Domain.ProblemSources.Manual;
    public string? Category { get; set; }
    public string? Severity { get; set; } = Domain.ProblemSeverities.Medium;
    public string? Description { get; set; }
    /// <summary>yyyy-MM-dd from a date input; empty for the default by severity.</summary>
    public string? Deadline { get; set; }
    /// <summary>A county department to fix it; empty for the target itself.</summary>
    public string? ResponsibleDepartmentId { get; set; }

    public ProblemInput ToInput(TargetReference target) =>
        new(target.Kind, target.Id, target.Name, target.RegionCode, Source, Category, Severity, Description,
            DateOnly.TryParse(Deadline, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            ResponsibleDepartmentId: string.IsNullOrEmpty(ResponsibleDepartmentId) ? null : ResponsibleDepartmentId, TargetUnit: target.Unit);
}

/// <summary>The fields of an action form on the problem page (plan, evidence, verification, follow-up).</summary>
public sealed class ActionForm
{
    public string? Note { get; set; }
    public bool? Passed { get; set; }
    public int? Version { get; set; }
}
