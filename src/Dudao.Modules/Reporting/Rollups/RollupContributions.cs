using System.Globalization;
using Dudao.Core.Time;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Domain;

namespace Dudao.Modules.Reporting.Rollups;

/// <summary>
/// What one record counts for, as a pure function of its state: the incremental path takes a change as
/// "minus what the old state counted, plus what the new one counts", and the rebuild sums it over every
/// record, so the two cannot disagree on a rule.
/// </summary>
internal static class RollupContributions
{
    public static bool Counts(object entity) =>
        entity is Visit or CoverageMark or Problem or Complaint or EscalationRecord or InstitutionEvent or DocumentNumber;

    /// <param name="overdueAsOf">The settlement date of the overdue figure; none counts no problem overdue.</param>
    public static IEnumerable<(string County, string Month, string Metric)> Of(object entity, DateOnly? overdueAsOf)
    {
        switch (entity)
        {
            case Visit v:
                yield return (v.RegionCode, v.Month, RollupMetrics.Visits);
                break;
            case CoverageMark m when m.TargetKind == Assignment.SchoolTarget:
                yield return (m.RegionCode, m.Month, RollupMetrics.SchoolsVisited);
                break;
            case CoverageMark m when m.TargetKind == Assignment.InstitutionTarget:
                yield return (m.RegionCode, m.Month, RollupMetrics.InstitutionsVisited);
                break;
            case Problem p:
                yield return (p.RegionCode, Month(p.CreatedAt), RollupMetrics.ProblemsOpened);
                if (p.Status == ProblemStatuses.Closed && p.ClosedAt is { } closed) yield return (p.RegionCode, Month(closed), RollupMetrics.ProblemsClosed);
                if (overdueAsOf is { } asOf && p.IsOverdue(asOf)) yield return (p.RegionCode, Month(asOf), RollupMetrics.ProblemsOverdue);
                break;
            case Complaint c:
                yield return (c.RegionCode, Month(c.SubmittedAt), RollupMetrics.ComplaintsReceived);
                if (c.Status == ComplaintStatuses.Closed && c.ClosedAt is { } at)
                {
                    yield return (c.RegionCode, Month(at), RollupMetrics.ComplaintsClosed);
                    // Closed without a handling clock (never accepted) had no deadline to miss.
                    if (c.HandleDeadline is not { } deadline || DateOnly.FromDateTime(ChinaTime.ToLocal(at)) <= deadline)
                        yield return (c.RegionCode, Month(at), RollupMetrics.ComplaintsClosedOnTime);
                }
                if (c.Status == ComplaintStatuses.Rejected && c.RejectedAt is { } rejected) yield return (c.RegionCode, Month(rejected), RollupMetrics.ComplaintsRejected);
                break;
            case EscalationRecord e:
                yield return (e.RegionCode, Month(e.DecidedOn), RollupMetrics.Escalations(e.Level));
                break;
            case InstitutionEvent e:
                foreach (var figure in InstitutionStepFigures.Of(e)) yield return (e.RegionCode, Month(e.OccurredOn), RollupMetrics.InstitutionSteps(figure));
                break;
            case DocumentNumber { Kind: ProblemDocuments.RectificationNotice } n:
                yield return (n.RegionCode, Month(n.IssuedOn), RollupMetrics.RectificationNotices);
                break;
        }
    }

    public static string Month(DateTime utc) => Month(DateOnly.FromDateTime(ChinaTime.ToLocal(utc)));

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
