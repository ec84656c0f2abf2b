namespace Dudao.Modules.Platform.Jobs;

/// <summary>
/// One row per job: the lease that makes a run happen once across instances, and the last result.
/// </summary>
public sealed class JobRun
{
    public string Name { get; init; } = "";
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public DateTime? LastStartedAt { get; set; }
    public DateTime? LastFinishedAt { get; set; }
    public bool? LastSucceeded { get; set; }
    public string? LastResult { get; set; }
    public string? LastTrigger { get; set; }
}
