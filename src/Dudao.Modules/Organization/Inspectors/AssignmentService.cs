using System.Security.Claims;
using System.Text.Json;
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
    /// can see in the inspector's county; otherwise nothing is written and each bad id is reported.
    /// </summary>
    public async Task<AssignmentsDto> ReplaceAsync(string inspectorId, AssignmentsInput input, CancellationToken ct)
    {
        var inspector = await db.Set<Inspector>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == inspectorId, ct)
                        ?? throw DomainException.NotFound("督学");
        var errors = new ValidationErrors();
        var wanted = new Dictionary<string, List<string>>
        {
            [Assignment.SchoolTarget] = await CheckTargetsAsync(Assignment.SchoolTarget, input.SchoolIds, inspector, errors, ct),
            [Assignment.InstitutionTarget] = await CheckTargetsAsync(Assignment.InstitutionTarget, input.InstitutionIds, inspector, errors, ct),
        };
        errors.ThrowIfAny();

        var current = await db.Set<Assignment>().Where(a => a.InspectorId == inspectorId).ToListAsync(ct);
        var removed = current.Where(a => !wanted[a.TargetKind].Contains(a.TargetId)).ToList();
        var added = wanted.SelectMany(w => w.Value.Select(id => (Kind: w.Key, Id: id)))
            .Where(t => !current.Any(a => a.TargetKind == t.Kind && a.TargetId == t.Id))
            .Select(t => new Assignment { InspectorId = inspectorId, TargetKind = t.Kind, TargetId = t.Id, RegionCode = inspector.RegionCode })
            .ToList();
        if (removed.Count + added.Count > 0)
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
                // Another save of the same inspector's assignments got in first.
                throw DomainException.Conflict("该督学的挂牌已被其他人修改，请刷新后重试");
            }
        }
        return await ForInspectorAsync(inspectorId, ct);
    }

    private async Task<List<string>> CheckTargetsAsync(string kind, List<string>? ids, Inspector inspector, ValidationErrors errors, CancellationToken ct)
    {
        var wanted = (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        var found = await AssignmentTargets.Of(db, kind).Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var (field, label) = AssignmentTargets.Describe(kind);
        foreach (var id in wanted)
        {
            if (!found.TryGetValue(id, out var target)) errors.Add(field, $"{label}“{id}”不存在或不在您的数据范围内");
            else if (target.RegionCode != inspector.RegionCode)
                errors.Add(field, $"{label}“{target.Name}”（{id}）不在该督学所在区县，不能挂牌");
        }
        return wanted;
    }

    private Task<List<TargetRef>> AssignedAsync(string inspectorId, string kind, CancellationToken ct) =>
        (from a in db.Set<Assignment>()
         where a.InspectorId == inspectorId && a.TargetKind == kind
         join t in AssignmentTargets.Of(db, kind) on a.TargetId equals t.Id
         orderby t.Code
         select new TargetRef(t.Id, t.Name)).ToListAsync(ct);

    private Task<List<TargetRef>> CandidatesAsync(string countyCode, string kind, CancellationToken ct) =>
        AssignmentTargets.Of(db, kind).Where(t => t.RegionCode == countyCode).OrderBy(t => t.Code)
            .Select(t => new TargetRef(t.Id, t.Name)).ToListAsync(ct);

    /// <summary>Assignments have no id of their own, so the change is recorded against the inspector.</summary>
    private AuditEntry AuditOf(Inspector inspector, Dictionary<string, List<string>> wanted) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserName = db.User.UserName,
        RegionCode = db.User.RegionCode,
        Action = "assign",
        EntityType = nameof(Inspector),
        EntityId = inspector.Id,
        Changes = JsonSerializer.Serialize(new { schoolIds = wanted[Assignment.SchoolTarget], institutionIds = wanted[Assignment.InstitutionTarget] }),
    };
}
