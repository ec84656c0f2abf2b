using Dudao.Modules.Complaints.Domain;

namespace Dudao.Modules.Complaints.Queue;

/// <summary>Choices for the staff pages' selects, as (value, text) pairs.</summary>
internal static class ComplaintLabels
{
    public static readonly IReadOnlyList<(string, string)> Statuses = ComplaintStatuses.All.Select(s => (s, ComplaintStatuses.Label(s))).ToList();
    public static readonly IReadOnlyList<(string, string)> Channels = ComplaintChannels.All.Select(c => (c, ComplaintChannels.Label(c))).ToList();
    public static readonly IReadOnlyList<(string, string)> StaffChannels = ComplaintChannels.StaffIntake.Select(c => (c, ComplaintChannels.Label(c))).ToList();
    public static readonly IReadOnlyList<(string, string)> Categories = ComplaintCategories.All.Select(c => (c, c)).ToList();
    public static readonly IReadOnlyList<(string, string)> TargetKinds = ComplaintTargetKinds.All.Select(k => (k, ComplaintTargetKinds.Label(k))).ToList();
    public static readonly IReadOnlyList<(string, string)> Methods = InvestigationMethods.Labels.Select(m => (m.Key, m.Value)).ToList();
    public static readonly IReadOnlyList<(string, string)> Verdicts = InvestigationVerdicts.Labels.Select(v => (v.Key, v.Value)).ToList();
}
