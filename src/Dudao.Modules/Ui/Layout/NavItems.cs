using Dudao.Core.Scope;
using Dudao.Modules.Accounts;
using Dudao.Modules.Campaigns;
using Dudao.Modules.Escalation;
using Dudao.Modules.Complaints;
using Dudao.Modules.Indicators;
using Dudao.Modules.Inspections;
using Dudao.Modules.Organization;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform;
using Dudao.Modules.Profiles;
using Dudao.Modules.Rectification;
using Dudao.Modules.Reporting;
using Dudao.Modules.Returns;
using Dudao.Modules.SchoolAffairs;
using Dudao.Modules.Surveys;
using Dudao.Modules.Tasks;
using Dudao.Modules.Teams;
using Dudao.Modules.Training;

namespace Dudao.Modules.Ui.Layout;

/// <param name="Permission">What the caller must hold to see the entry; null for every signed-in account.</param>
public sealed record NavItem(string Title, string Href, string? Permission)
{
    /// <summary>
    /// A target kind a department's remit must include besides the permission (the institution work is the
    /// 校外培训监管科's, though every department role holds the permission); offices are not asked.
    /// </summary>
    public string? Remit { get; init; }
}

/// <summary>
/// The left navigation over every module: each entry names the permission its page needs, so a role's
/// menu is exactly what it may use.
/// </summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("工作台", "/staff", null),
        new("我的通知", "/staff/notices", null),
        new("本单位档案", "/staff/profile", ProfilesPermissions.Own),
        new("学校", "/staff/schools", OrganizationPermissions.Browse),
        new("校外培训机构", "/staff/institutions", OrganizationPermissions.Browse),
        new("机构压减统计", "/staff/institutions/reduction", OrganizationPermissions.ManageInstitutions) { Remit = Assignment.InstitutionTarget },
        new("督学与挂牌", "/staff/inspectors", OrganizationPermissions.Browse),
        new("责任区与科室", "/staff/units", OrganizationPermissions.Browse),
        new("督导记录", "/staff/visits", InspectionsPermissions.View),
        new("月月督覆盖", "/staff/coverage", InspectionsPermissions.Coverage),
        new("自查自评", "/staff/self-assessments", InspectionsPermissions.View),
        // Special inspections are staff-only records: who may record a visit is who takes part.
        new("专项督导", "/staff/special-inspections", InspectionsPermissions.Record),
        new("督导指标体系", "/staff/indicators", IndicatorsPermissions.View),
        new("问题整改", "/staff/problems", RectificationPermissions.View),
        new("督办问责", "/staff/escalations", EscalationPermissions.View),
        new("重点任务", "/staff/tasks", TasksPermissions.View),
        new("报表填报", "/staff/returns", ReturnsPermissions.View),
        new("举报投诉", "/staff/complaints", ComplaintsPermissions.View),
        new("校务公示", "/staff/school-affairs", SchoolAffairsPermissions.View),
        new("我的联合督查", "/staff/my-joint-inspections", TeamsPermissions.TakePart),
        new("随机与交叉检查", "/staff/campaigns", CampaignsPermissions.View),
        new("备案与合规", "/staff/training", TrainingPermissions.File),
        new("机构备案审核", "/staff/filings", TrainingPermissions.Supervise) { Remit = Assignment.InstitutionTarget },
        new("预收费监管", "/staff/funds", TrainingPermissions.Supervise) { Remit = Assignment.InstitutionTarget },
        new("报表与通报", "/staff/reports", ReportingPermissions.View),
        new("问卷监测", "/staff/surveys", SurveysPermissions.View),
        new("用户管理", "/staff/users", AccountsPermissions.ManageUsers),
        new("规则与节假日", "/staff/settings", PlatformPermissions.ManageSettings),
        new("定时任务", "/staff/admin/jobs", PlatformPermissions.RunJobs),
        new("审计日志", "/staff/audit", AccountsPermissions.ViewAudit),
        new("登录日志", "/staff/logins", AccountsPermissions.ViewAudit),
    ];

    public static NavItem? Find(string href) => All.FirstOrDefault(i => i.Href == href);

    /// <summary>The entries the caller may use, in menu order.</summary>
    /// <param name="remit">The target kinds of the caller's department; null for a caller who is no department.</param>
    public static IEnumerable<NavItem> For(ICurrentUser me, IReadOnlyCollection<string>? remit) =>
        All.Where(i => (i.Permission is null || me.Has(i.Permission)) && (i.Remit is null || remit is null || remit.Contains(i.Remit)));
}
