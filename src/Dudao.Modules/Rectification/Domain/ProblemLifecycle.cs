using Dudao.Core.Errors;

namespace Dudao.Modules.Rectification.Domain;

/// <summary>
/// The legal moves of the lifecycle: open → rectifying (plan) → awaiting-verification (evidence)
/// → closed (verified, 销号) or back to rectifying; a failed follow-up check reopens a closed
/// problem. Anything else is refused with a message saying what has to happen first.
/// </summary>
public static class ProblemLifecycle
{
    public static ProblemStep SubmitPlan(this Problem p, string note, DateTime at, string user)
    {
        Require(p, "提交整改方案", ProblemStatuses.Open, ProblemStatuses.Rectifying);
        return Move(p, ProblemActions.Plan, ProblemStatuses.Rectifying, note, at, user);
    }

    public static ProblemStep SubmitEvidence(this Problem p, string note, DateTime at, string user)
    {
        if (p.Status == ProblemStatuses.Open) throw DomainException.Conflict("请先提交整改方案，再提交整改佐证材料");
        Require(p, "提交整改佐证", ProblemStatuses.Rectifying);
        return Move(p, ProblemActions.Evidence, ProblemStatuses.AwaitingVerification, note, at, user);
    }

    public static ProblemStep Verify(this Problem p, bool passed, string note, DateTime at, string user, DateOnly followUpOn)
    {
        if (p.Status is ProblemStatuses.Open or ProblemStatuses.Rectifying)
            throw DomainException.Conflict("该问题尚未提交整改佐证材料，不能核验销号");
        Require(p, "核验", ProblemStatuses.AwaitingVerification);
        if (!passed) return Move(p, ProblemActions.VerifyFailed, ProblemStatuses.Rectifying, note, at, user);
        p.ClosedAt = at;
        p.FollowUpOn = followUpOn;
        return Move(p, ProblemActions.VerifyPassed, ProblemStatuses.Closed, note, at, user);
    }

    /// <param name="newDeadline">The deadline of the renewed rectification when the check fails.</param>
    public static ProblemStep FollowUp(this Problem p, bool passed, string note, DateTime at, string user, DateOnly newDeadline)
    {
        if (p.Status != ProblemStatuses.Closed || p.FollowUpOn is null)
            throw DomainException.Conflict("只有已销号且待回头看的问题才能登记回头看结果");
        p.FollowUpOn = null;
        if (passed) return Move(p, ProblemActions.FollowUpPassed, ProblemStatuses.Closed, note, at, user);
        p.ClosedAt = null;
        p.Deadline = newDeadline;
        return Move(p, ProblemActions.FollowUpFailed, ProblemStatuses.Rectifying, note, at, user);
    }

    public static ProblemStep Opened(this Problem p, string note, DateTime at, string user) =>
        Step(p, ProblemActions.Opened, "", p.Status, note, at, user);

    public static ProblemStep MarkedOverdue(this Problem p, DateTime at) =>
        Step(p, ProblemActions.Overdue, p.Status, p.Status, $"整改期限 {p.Deadline:yyyy-MM-dd} 已过", at, "system");

    private static void Require(Problem p, string action, params string[] from)
    {
        if (!from.Contains(p.Status))
            throw DomainException.Conflict($"问题当前状态为“{ProblemStatuses.Label(p.Status)}”，不能{action}");
    }

    private static ProblemStep Move(Problem p, string action, string to, string note, DateTime at, string user)
    {
        var step = Step(p, action, p.Status, to, note, at, user);
        p.Status = to;
        return step;
    }

    private static ProblemStep Step(Problem p, string action, string from, string to, string note, DateTime at, string user) => new()
    {
        ProblemId = p.Id, RegionCode = p.RegionCode, TargetId = p.TargetId, Action = action,
        FromStatus = from, ToStatus = to, Note = note, At = at, UserName = user,
    };
}
