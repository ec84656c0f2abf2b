using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.Platform.Rules;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Intake;

/// <param name="Deadline">null for the default: the region's working days for the severity, from today.</param>
public sealed record NewProblem(string TargetKind, string? TargetId, string? TargetName, string RegionCode, string Source, string? SourceId,
    string Category, string Severity, string Description, string? IndicatorCode = null, DateOnly? Deadline = null, string? InspectorId = null,
    string? ResponsibleDepartmentId = null, string? TargetUnit = null);

/// <summary>
/// How every source opens a problem: inspections (findings), complaints, self-assessments,
/// public opinion and manual entry. It fills in the responsible unit, the verifying inspector and
/// the default deadline, and tells the responsible unit its deadline; the caller saves the DbContext
/// with its own record, in one transaction.
/// </summary>
public sealed class ProblemIntake(AppDbContext db, SupervisionTargets targets, RuleService rules, WorkCalendar calendar, NoticeService notices,
    TimeProvider clock)
{
    public async Task<Problem> OpenAsync(NewProblem input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!ProblemSources.All.Contains(input.Source)) errors.Add("source", "问题来源不正确");
        errors.AddIf("severity", Check.OneOfCodes(input.Severity, ProblemSeverities.All, "严重程度"));
        if (string.IsNullOrWhiteSpace(input.Description)) errors.Add("description", "问题描述不能为空");
        else errors.AddIf("description", Check.Length(input.Description, 2000, "问题描述"));
        if (Check.InScope(db.User.Scope, input.RegionCode) is { } outOfScope && !await GrantedTargetAsync(input, ct)) errors.Add("regionCode", outOfScope);
        errors.ThrowIfAny();

        var (targetName, inspectorId) = await DescribeTargetAsync(input, ct);
        var department = await ResponsibleDepartmentAsync(input, ct);
        var today = clock.Today();
        var deadline = input.Deadline ?? await calendar.AddWorkingDaysAsync(today,
            await rules.GetAsync(RectificationRules.DeadlineKey(input.Severity), input.RegionCode, ct), ct);

        var problem = new Problem
        {
            RegionCode = input.RegionCode, TargetKind = input.TargetKind, TargetId = input.TargetId ?? "", TargetName = targetName,
            TargetUnit = string.IsNullOrWhiteSpace(input.TargetUnit) ? null : input.TargetUnit.Trim(),
            Source = input.Source, SourceId = input.SourceId, Category = input.Category.Trim(), Severity = input.Severity,
            Description = input.Description.Trim(), IndicatorCode = input.IndicatorCode,
            ResponsibleKind = department is null ? input.TargetKind : OrgKinds.Department,
            // Units without accounts of their own (a township government, a person) are answered for by the office.
            ResponsibleId = department ?? (TargetKinds.MayHaveAccounts(input.TargetKind) ? input.TargetId : null),
            InspectorId = input.InspectorId ?? inspectorId, Deadline = deadline,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.User.UserName,
        };
        db.Add(problem);
        db.Add(problem.Opened(ProblemSources.Label(problem.Source), problem.CreatedAt, problem.CreatedBy));
        await notices.SendAsync(ProblemRecipients.Responsible(problem), $"新的整改任务：{problem.TargetName}",
            $"{ProblemSources.Label(problem.Source)}发现问题：{Short(problem.Description)}。请制定整改方案，于 {problem.Deadline:yyyy-MM-dd} 前整改到位。",
            ProblemRecipients.Link(problem), null, ct);
        return problem;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>A department of the problem's own county named to fix it (e.g. 基教科 for a homework rule), instead of the target.</summary>
    private async Task<string?> ResponsibleDepartmentAsync(NewProblem input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.ResponsibleDepartmentId)) return null;
        var found = await db.Set<Department>().AnyAsync(d => d.Id == input.ResponsibleDepartmentId && d.RegionCode == input.RegionCode, ct);
        return found ? input.ResponsibleDepartmentId : throw ValidationFailedException.For("responsibleDepartmentId", "责任科室应为问题所在区县的科室");
    }

    /// <summary>The registry name of a school or institution target and its assigned inspector.</summary>
    private async Task<(string Name, string? InspectorId)> DescribeTargetAsync(NewProblem input, CancellationToken ct)
    {
        if (input.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget))
            return (string.IsNullOrWhiteSpace(input.TargetName) ? throw ValidationFailedException.For("targetName", "请填写问题对象名称") : input.TargetName.Trim(), null);

        var name = (await targets.FindAsync(input.TargetKind, input.TargetId, ct))?.Name
                   ?? throw ValidationFailedException.For("targetId", "问题对象不存在或不在您的数据范围内");
        // A target may have several inspectors: a first responsible one before the second (第二责任督学);
        // ids are time-ordered, so among equals the longest-registered one, the same every time.
        var inspector = await db.Set<Assignment>()
            .Where(a => a.TargetKind == input.TargetKind && a.TargetId == input.TargetId)
            .OrderBy(a => a.Role == AssignmentRoles.Second).ThenBy(a => a.InspectorId).Select(a => a.InspectorId).FirstOrDefaultAsync(ct);
        return (name, inspector);
    }

    /// <summary>
    /// A team's dated grant (ADR-112) opens a target outside the caller's region, not the region: a problem found
    /// there is accepted when the caller sees that very target, in that region.
    /// </summary>
    private async Task<bool> GrantedTargetAsync(NewProblem input, CancellationToken ct) =>
        db.User.Scope.Granted && await targets.FindAsync(input.TargetKind, input.TargetId, ct) is { } seen && seen.RegionCode == input.RegionCode;
}
