using Dudao.Core.Scope;

namespace Dudao.Modules.Platform.Jobs;

/// <summary>
/// The last run of a job that an office below the whole country started for its own region. Kept
/// apart from <see cref="JobRun"/>, so such a run never stands in for the scheduled run of everything.
/// </summary>
public sealed class JobRegionRun : IRegionScoped
{
    public string Name { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public bool? Succeeded { get; set; }
    public string? Result { get; set; }
    public string Trigger { get; set; } = "";
}
