using System.Security.Claims;
using System.Text.Json;
using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Data;
using Dudao.Data.Audit;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Accounts.Identity;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Inspectors;

/// <summary>挂牌: which schools and institutions an inspector covers.</summary>
public sealed class AssignmentService(AppDbContext db, TimeProvider clock)
{
    public async Task<AssignmentsDto> ForInspectorAsync(string inspectorId, CancellationToken ct) =>
        new(await AssignedAsync(inspectorId, Assignment.SchoolTarget, ct), await AssignedAsync(inspectorId, Assignment.InstitutionTarget, ct));

    /// <summary>The signed-in inspector's own assignments; other accounts have none.</summary>
    public async Task<AssignmentsDto> MineAsync(ClaimsPrincipal me, CancellationToken ct) =>
        me.FindFirstValue(DudaoClaims.OrgKind) == OrgKinds.Inspector && me.FindFirstValue(DudaoClaims.OrgRef) is { } inspectorId
            ? await ForInspectorAsync(inspectorId, ct)
            : AssignmentsDto.Empty;

    /// <summary>Every school and institution of a county that an inspector of it may be assigned to.</summary>
    public async Task<AssignmentsDto> CandidatesAsync(string countyCode, CancellationToken ct) =>
        new(await CandidatesAsync(countyCode, Assignment.SchoolTarget, ct), await CandidatesAsync(countyCode, Assignment.InstitutionTarget, ct));

    /// <summary>
    /// Replaces the inspector's assignments. Every id must name a school or institution the caller
    /// can see in the inspector's county, and a school has at most one second responsible inspector;
    /// otherwise nothing is written and each bad id is reported.
    /// </summary>
    public async Task<AssignmentsDto> ReplaceAsync(string inspectorId, AssignmentsInput input, CancellationToken ct)
    {
        var inspector = await db.Set<Inspector>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == inspectorId, ct)
                        ?? throw DomainException.NotFound("督学");
        var errors = new ValidationErrors();
        var wanted = new List<Wanted>();
        wanted.AddRange(await CheckTargetsAsync(Assignment.SchoolTarget, AssignmentRoles.First, input.SchoolIds, "schoolIds", inspector, errors, ct));
        wanted.AddRange(await CheckTargetsAsync(Assignment.InstitutionTarget, AssignmentRoles.First, input.InstitutionIds, "institutionIds", inspector, errors, ct));
        wanted.AddRange(await CheckTargetsAsync(Assignment.SchoolTarget, AssignmentRoles.Second, input.SecondSchoolIds, "secondSchoolIds", inspector, errors, ct));
        foreach (var twice in wanted.GroupBy(w => (w.Kind, w.Id)).Where(g => g.Count() > 1))
            errors.Add("secondSchoolIds", $"学校“{twice.First().Name}”不能同时挂为该督学的第一和第二责任督学");
        await CheckSecondsAsync(inspectorId, wanted, errors, ct);
        errors.ThrowIfAny();

        var current = await db.Set<Assignment>().Where(a => a.InspectorId == inspectorId).ToListAsync(ct);
        var removed = current.Where(a => !wanted.Any(w => w.Matches(a))).ToList();
        var changed = 0;
        foreach (var a in current)
        {
            if (wanted.FirstOrDefault(w => w.Matches(a)) is not { } w || w.Role == a.Role) continue;
            a.Role = w.Role;
            changed++;
        }
        var added = wanted.Where(w => !current.Any(w.Matches))
            .Select(w => new Assignment { InspectorId = inspectorId, TargetKind = w.Kind, TargetId = w.Id, Role = w.Role, RegionCode = inspector.RegionCode })
            .ToList();
        if (removed.Count + added.Count + changed > 0)
        {
            db.RemoveRange(removed);
            db.AddRange(added);
            db.Add(AuditOf(inspector, wanted));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another save of the same inspector's assignments, or another second inspector of the same school, got in first.
                throw DomainException.Conflict("该督学的挂牌已被其他人修改，请刷新后重试");
            }
        }
        return await ForInspectorAsync(inspectorId, ct);
    }

    private sealed record Wanted(string Kind, string Id, string Name, string Role)
    {
        public bool Matches(Assignment a) => a.TargetKind == Kind && a.TargetId == Id;
    }

    private async Task<List<Wanted>> CheckTargetsAsync(string kind, string role, List<string>? ids, string field, Inspector inspector,
        ValidationErrors errors, CancellationToken ct)
    {
        var wanted = (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        if (wanted.Count == 0) return [];
        if (RegionCodes.LevelOf(inspector.RegionCode) != RegionCodes.County)
        {
            errors.Add(field, "省、市督学不挂牌学校或机构：挂牌督导由区县的责任督学承担");
            return [];
        }
        var found = await AssignmentTargets.Of(db, kind).Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var (_, label) = AssignmentTargets.Describe(kind);
        var result = new List<Wanted>();
        foreach (var id in wanted)
        {
            if (!found.TryGetValue(id, out var target)) errors.Add(field, $"{label}“{id}”不存在或不在您的数据范围内");
            else if (target.RegionCode != inspector.RegionCode)
                errors.Add(field, $"{label}“{target.Name}”（{id}）不在该督学所在区县，不能挂牌");
            else result.Add(new Wanted(kind, id, target.Name, role));
        }
        return result;
    }

    /// <summary>A school has at most one second responsible inspector (第二责任督学).</summary>
    private async Task CheckSecondsAsync(string inspectorId, List<Wanted> wanted, ValidationErrors errors, CancellationToken ct)
    {
        var seconds = wanted.Where(w => w.Role == AssignmentRoles.Second).Select(w => w.Id).ToList();
        if (seconds.Count == 0) return;
        var taken = await (from a in db.Set<Assignment>()
                           where a.Role == AssignmentRoles.Second && a.TargetKind == Assignment.SchoolTarget && seconds.Contains(a.TargetId) && a.InspectorId != inspectorId
                           join i in db.Set<Inspector>() on a.InspectorId equals i.Id
                           select new { a.TargetId, i.Name }).ToListAsync(ct);
        foreach (var t in taken)
            errors.Add("secondSchoolIds", $"学校“{wanted.First(w => w.Id == t.TargetId).Name}”已有第二责任督学{t.Name}，请先解除其挂牌");
    }

    private Task<List<TargetRef>> AssignedAsync(string inspectorId, string kind, CancellationToken ct) =>
        (from a in db.Set<Assignment>()
         where a.InspectorId == inspectorId && a.TargetKind == kind
         join t in AssignmentTargets.Of(db, kind) on a.TargetId equals t.Id
         orderby t.Code
         select new TargetRef(t.Id, t.Name, a.Role)).ToListAsync(ct);

    private Task<List<TargetRef>> CandidatesAsync(string countyCode, string kind, CancellationToken ct) =>
        AssignmentTargets.Of(db, kind).Where(t => t.RegionCode == countyCode).OrderBy(t => t.Code)
            .Select(t => new TargetRef(t.Id, t.Name)).ToListAsync(ct);

    /// <summary>Assignments have no id of their own, so the change is recorded against the inspector.</summary>
    private AuditEntry AuditOf(Inspector inspector, List<Wanted> wanted) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserName = db.User.UserName,
        RegionCode = db.User.RegionCode,
        Action = "assign",
        EntityType = nameof(Inspector),
        EntityId = inspector.Id,
        Changes = JsonSerializer.Serialize(new
        {
            schoolIds = IdsOf(wanted, Assignment.SchoolTarget, AssignmentRoles.First),
            institutionIds = IdsOf(wanted, Assignment.InstitutionTarget, AssignmentRoles.First),
            secondSchoolIds = IdsOf(wanted, Assignment.SchoolTarget, AssignmentRoles.Second),
        }),
    };

    private static List<string> IdsOf(List<Wanted> wanted, string kind, string role) =>
        wanted.Where(w => w.Kind == kind && w.Role == role).Select(w => w.Id).ToList();
}
