using Dudao.Core.Errors;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Inspections.Visits;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Inspectors;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Inspections.Special;

/// <param name="Kind">special (default) or unannounced (四不两直): the kind every visit of the plan carries.</param>
public sealed record SpecialInput(string? Name, string? TemplateId, string? TargetKind, List<string>? TargetIds, List<string>? InspectorIds,
    DateOnly? StartsOn, DateOnly? EndsOn, string? Kind = null);

public sealed record SpecialTargetDto(string TargetId, string TargetName, string RegionCode, string? VisitId, DateOnly? VisitedOn, int Problems);

public sealed record SpecialMemberDto(string InspectorId, string Name);

public sealed record SpecialSummaryDto(string Id, string RegionCode, string Name, string Kind, string TargetKind, string LeadUnit,
    DateOnly StartsOn, DateOnly EndsOn, int Targets, int Visited);

/// <param name="LeadUnit">The leading unit's name: 督导室, or the department (科室) that plans and leads it.</param>
public sealed record SpecialDetailDto(string Id, string RegionCode, string Name, string Kind, string TemplateId, string TemplateName, string TargetKind,
    string LeadUnit, string? LeadDepartmentId, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<SpecialTargetDto> Targets,
    IReadOnlyList<SpecialMemberDto> Team, int Visited, bool Completed, int Version);

/// <summary>
/// 专项督导: an office or a department (科室, within its remit) plans one — template, targets, team,
/// dates, announced or 四不两直 — and follows its visits until every target is done. Plans are
/// staff-only (<see cref="Core.Scope.IStaffOnly"/>): no school or institution account ever reads one.
/// </summary>
public sealed class SpecialInspectionService(AppDbContext db, TemplateService templates, TimeProvider clock)
{
    private const string Office = "督导室";

    public async Task<SpecialDetailDto> PlanAsync(SpecialInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var kind = string.IsNullOrWhiteSpace(input.Kind) ? VisitKinds.Special : input.Kind.Trim();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100) errors.Add("name", "请填写名称（不超过100字）");
        if (!VisitKinds.OfPlans.Contains(kind)) errors.Add("kind", "类型应为 special（专项督导）或 unannounced（四不两直）");
        if (input.TargetKind is not (Assignment.SchoolTarget or Assignment.InstitutionTarget)) errors.Add("targetKind", "督导对象类型应为 school 或 institution");
        if (input.StartsOn is null) errors.Add("startsOn", "请填写开始日期");
        if (input.EndsOn is null) errors.Add("endsOn", "请填写结束日期");
        else if (input.StartsOn is { } s && input.EndsOn < s) errors.Add("endsOn", "结束日期不能早于开始日期");
        errors.AddIf("startsOn", DateBounds.Check(input.StartsOn)).AddIf("endsOn", DateBounds.Check(input.EndsOn));
        var targetIds = (input.TargetIds ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        var inspectorIds = (input.InspectorIds ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        // A department leads with its own staff; an office's plan needs inspectors to make the visits.
        var caller = db.User;
        if (targetIds.Count == 0) errors.Add("targetIds", "请至少选择一个督导对象");
        if (inspectorIds.Count == 0 && !caller.IsDepartment()) errors.Add("inspectorIds", "请至少选择一名督学");
        errors.ThrowIfAny();
        await DepartmentRemit.CheckAsync(db, caller, input.TargetKind!, ct);

        var targets = await AssignmentTargets.Of(db, input.TargetKind!).Where(t => targetIds.Contains(t.Id)).ToListAsync(ct);
        foreach (var missing in targetIds.Except(targets.Select(t => t.Id))) errors.Add("targetIds", $"督导对象“{missing}”不存在或不在您的数据范围内");
        var team = await db.Set<Inspector>().Where(i => inspectorIds.Contains(i.Id)).ToListAsync(ct);
        foreach (var missing in inspectorIds.Except(team.Select(i => i.Id))) errors.Add("inspectorIds", $"督学“{missing}”不存在或不在您的数据范围内");
        var tree = (input.TemplateId is { Length: > 0 } templateId
            ? await templates.LoadAsync(templateId, ct)
            : await templates.DefaultForAsync(input.TargetKind!, db.User.RegionCode, ct)).For(input.TargetKind!);
        if (tree.Items.Count == 0) errors.Add("templateId", "该指标体系中没有适用于这类督导对象的指标");
        errors.ThrowIfAny();

        var special = new SpecialInspection
        {
            RegionCode = db.User.RegionCode, Name = input.Name!.Trim(), Kind = kind, LeadDepartmentId = caller.IsDepartment() ? caller.OrgRefId : null,
            TemplateId = tree.Template.Id, TargetKind = input.TargetKind!,
            StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.User.UserName,
        };
        db.Add(special);
        db.AddRange(targets.Select(t => new SpecialInspectionTarget { SpecialInspectionId = special.Id, TargetId = t.Id, TargetName = t.Name, RegionCode = t.RegionCode }));
        db.AddRange(team.Select(i => new SpecialInspectionMember { SpecialInspectionId = special.Id, InspectorId = i.Id, InspectorName = i.Name, RegionCode = i.RegionCode }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(special.Id, ct);
    }

    /// <summary>The target kinds the caller may plan for: both for an office, a department's remit for a department.</summary>
    public async Task<IReadOnlyList<string>> PlannableKindsAsync(CancellationToken ct)
    {
        var caller = db.User;
        if (!caller.IsDepartment()) return [Assignment.SchoolTarget, Assignment.InstitutionTarget];
        var department = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == caller.OrgRefId, ct);
        return department?.RemitKinds ?? [];
    }

    public async Task<IReadOnlyList<SpecialSummaryDto>> ListAsync(CancellationToken ct)
    {
        var specials = await db.Set<SpecialInspection>().AsNoTracking().OrderByDescending(s => s.StartsOn).Take(200).ToListAsync(ct);
        var ids = specials.Select(s => s.Id).ToList();
        var targets = await db.Set<SpecialInspectionTarget>().Where(t => ids.Contains(t.SpecialInspectionId))
            .GroupBy(t => t.SpecialInspectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var visited = await db.Set<Visit>().Where(v => v.SpecialInspectionId != null && ids.Contains(v.SpecialInspectionId))
            .Select(v => new { v.SpecialInspectionId, v.TargetId }).Distinct().ToListAsync(ct);
        var leads = await LeadNamesAsync(specials.Select(s => s.LeadDepartmentId), ct);
        return specials.Select(s => new SpecialSummaryDto(s.Id, s.RegionCode, s.Name, s.Kind, s.TargetKind, LeadOf(s, leads), s.StartsOn, s.EndsOn,
            targets.GetValueOrDefault(s.Id), visited.Count(v => v.SpecialInspectionId == s.Id))).ToList();
    }

    public async Task<SpecialDetailDto> GetAsync(string id, CancellationToken ct)
    {
        var special = await db.Set<SpecialInspection>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("专项督导");
        var template = await templates.LoadAsync(special.TemplateId, ct);
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => v.SpecialInspectionId == id).OrderBy(v => v.Date)
            .Select(v => new { v.Id, v.TargetId, v.Date }).ToListAsync(ct);
        var visitIds = visits.Select(v => v.Id).ToList();
        var problems = await db.Set<Problem>().Where(p => p.Source == ProblemSources.Inspection && p.SourceId != null && visitIds.Contains(p.SourceId))
            .GroupBy(p => p.TargetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var targets = (await db.Set<SpecialInspectionTarget>().AsNoTracking().Where(t => t.SpecialInspectionId == id).OrderBy(t => t.TargetName).ToListAsync(ct))
            .Select(t =>
            {
                var visit = visits.FirstOrDefault(v => v.TargetId == t.TargetId);
                return new SpecialTargetDto(t.TargetId, t.TargetName, t.RegionCode, visit?.Id, visit?.Date, problems.GetValueOrDefault(t.TargetId));
            }).ToList();
        var team = await db.Set<SpecialInspectionMember>().AsNoTracking().Where(m => m.SpecialInspectionId == id).OrderBy(m => m.InspectorName)
            .Select(m => new SpecialMemberDto(m.InspectorId, m.InspectorName)).ToListAsync(ct);
        var visited = targets.Count(t => t.VisitId is not null);
        var lead = LeadOf(special, await LeadNamesAsync([special.LeadDepartmentId], ct));
        return new SpecialDetailDto(special.Id, special.RegionCode, special.Name, special.Kind, special.TemplateId, template.Template.Name, special.TargetKind,
            lead, special.LeadDepartmentId, special.StartsOn, special.EndsOn, targets, team, visited, visited == targets.Count && targets.Count > 0, special.Version);
    }

    private Task<Dictionary<string, string>> LeadNamesAsync(IEnumerable<string?> departmentIds, CancellationToken ct)
    {
        var ids = departmentIds.OfType<string>().Distinct().ToList();
        return db.Set<Department>().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
    }

    private static string LeadOf(SpecialInspection s, Dictionary<string, string> names) =>
        s.LeadDepartmentId is { } id ? names.GetValueOrDefault(id, "科室") : Office;
}
