using Dudao.Core.Scope;

namespace Dudao.Modules.Rectification.Domain;

/// <summary>
/// One step of a problem's history: a plan, evidence, a verification, a follow-up check, an
/// overdue flag. Append-only; plans and evidence keep their text here and their files point at
/// the step. Target-scoped like its problem, so a school reads its own history.
/// </summary>
public sealed class ProblemStep : ITargetScoped, ITeamVisible
{
    public string Id { get; init; } = Core.Ids.New();
    public string ProblemId { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string TargetId { get; init; } = "";
    public string Action { get; init; } = "";
    public string FromStatus { get; init; } = "";
    public string ToStatus { get; init; } = "";
    public string Note { get; init; } = "";
    public DateTime At { get; init; }
    public string UserName { get; init; } = "";
}

public static class ProblemActions
{
    public const string Opened = "opened";
    public const string Plan = "plan";
    public const string Evidence = "evidence";
    public const string VerifyPassed = "verify-passed";
    public const string VerifyFailed = "verify-failed";
    public const string FollowUpPassed = "follow-up-passed";
    public const string FollowUpFailed = "follow-up-failed";
    public const string Overdue = "overdue";

    public static string Label(string action) => action switch
    {
        Opened => "登记问题",
        Plan => "提交整改方案",
        Evidence => "提交整改佐证",
        VerifyPassed => "核验通过，销号",
        VerifyFailed => "核验未通过，退回整改",
        FollowUpPassed => "回头看通过",
        FollowUpFailed => "回头看未通过，重新整改",
        Overdue => "逾期未整改",
        _ => action,
    };
}
