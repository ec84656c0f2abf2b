namespace Dudao.Modules.Reporting.Domain;

/// <summary>
/// The figures rolled up per region and month. Counts of events fall in the month they happened
/// (China time); <see cref="ProblemsOverdue"/> is a state, counted in the month it was last settled.
/// </summary>
public static class RollupMetrics
{
    public const string Visits = "visits";

    /// <summary>Schools and institutions with a coverage mark in the month (月月督), at most one each.</summary>
    public const string SchoolsVisited = "schools-visited";
    public const string InstitutionsVisited = "institutions-visited";

    public const string ProblemsOpened = "problems-opened";

    /// <summary>Struck off (销号) in the month, and still closed.</summary>
    public const string ProblemsClosed = "problems-closed";

    /// <summary>Not struck off and past the deadline on the settlement date, in that date's month.</summary>
    public const string ProblemsOverdue = "problems-overdue";

    public const string ComplaintsReceived = "complaints-received";
    public const string ComplaintsClosed = "complaints-closed";

    /// <summary>Closed no later than the handling deadline (extensions included).</summary>
    public const string ComplaintsClosedOnTime = "complaints-closed-on-time";

    /// <summary>不予受理 in the month.</summary>
    public const string ComplaintsRejected = "complaints-rejected";

    /// <summary>Escalations decided in the month, per level: <c>escalations-notice</c>, <c>escalations-listed</c> ….</summary>
    public static string Escalations(string level) => "escalations-" + level;

    public const string EscalationsPrefix = "escalations-";

    /// <summary>
    /// The institution steps of the month by the 压减 figure they count for (<see cref="Organization.Domain.InstitutionStepFigures"/>):
    /// <c>institutions-suspended</c>, <c>institutions-banned-unlicensed</c>, <c>institutions-re-registered</c> ….
    /// </summary>
    public static string InstitutionSteps(string figure) => InstitutionStepsPrefix + figure;

    public const string InstitutionStepsPrefix = "institutions-";

    /// <summary>整改通知书 numbered in the month (by the problem's county).</summary>
    public const string RectificationNotices = "rectification-notices";
}
