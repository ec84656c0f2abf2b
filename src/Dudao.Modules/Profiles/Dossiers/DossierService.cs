using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Complaints;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Rectification;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Ui.Layout;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Profiles.Dossiers;

/// <summary>
/// Gathers a school's or institution's dossier from every module's records about it. The record
/// itself is found through the caller's scope filter (404 outside it), and so is every section.
/// </summary>
public sealed class DossierService(AppDbContext db, ICurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    public const int Shown = 20;

    public async Task<Dossier> SchoolAsync(string id, CancellationToken ct)
    {
        var s = await db.Set<School>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("学校");
        var region = await RegionAsync(s.RegionCode, ct);
        RegistryField[] registry =
        [
            new("学校标识码", s.Code), new("类型", s.Type), new("办学性质", s.Ownership), new("区县", region),
            new("责任区", s.Zone), new("城乡类别", JoinNonEmpty(s.Location, s.Tier)), new("寄宿情况", s.Boarding),
            new("学生数", s.Pupils.ToString(CultureInfo.InvariantCulture)), new("教师数", s.Teachers.ToString(CultureInfo.InvariantCulture)),
            new("登记日期", s.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
        return await GatherAsync(TargetKinds.School, s.Id, s.Name, region, registry, ct);
    }

    public async Task<Dossier> InstitutionAsync(string id, CancellationToken ct)
    {
        var i = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("机构");
        var region = await RegionAsync(i.RegionCode, ct);
        RegistryField[] registry =
        [
            new("统一社会信用代码", i.Uscc), new("类别", JoinNonEmpty(i.Category, i.Kind)), new("营利性质", i.Profit),
            new("办学形式", i.Mode), new("证照情况", i.Licence), new("状态", i.Status), new("区县", region), new("地址", i.Address),
        ];
        return await GatherAsync(TargetKinds.Institution, i.Id, i.Name, region, registry, ct);
    }

    /// <summary>The caller's own unit, for the 本单位档案 entry of a school's or institution's account; null for anyone else.</summary>
    public string? OwnHref() => me.OrgKind is OrgKinds.School or OrgKinds.Institution ? ProfileLinks.Href(me.OrgKind, me.OrgRefId) : null;

    private async Task<Dossier> GatherAsync(string kind, string id, string name, string region, IReadOnlyList<RegistryField> registry, CancellationToken ct) =>
        new(kind, id, name, region, registry,
            await InspectorsAsync(kind, id, ct),
            me.Has(InspectionsPermissions.View) ? await VisitsAsync(kind, id, ct) : null,
            me.Has(RectificationPermissions.View) ? await ProblemsAsync(kind, id, ct) : null,
            // The target's own account never reads reports about it, whatever roles it holds.
            me.Has(ComplaintsPermissions.View) && me.Scope.TargetId is null ? await ComplaintsAsync(kind, id, ct) : null,
            me.Has(EscalationPermissions.View) ? await EscalationsAsync(kind, id, ct) : null,
            me.Has(InspectionsPermissions.View) ? await SelfAssessmentsAsync(kind, id, ct) : null);

    private async Task<IReadOnlyList<DossierInspector>> InspectorsAsync(string kind, string id, CancellationToken ct) =>
        await (from a in db.Set<Assignment>().AsNoTracking()
               join i in db.Set<Inspector>().AsNoTracking() on a.InspectorId equals i.Id
               where a.TargetKind == kind && a.TargetId == id
               orderby a.Role, i.Name
               select new DossierInspector(i.Id, i.Name, a.Role, i.Phone)).ToListAsync(ct);

    private async Task<DossierSection<DossierVisit>> VisitsAsync(string kind, string id, CancellationToken ct)
    {
        var query = db.Set<Visit>().AsNoTracking().Where(v => v.TargetKind == kind && v.TargetId == id);
        var rows = await query.OrderByDescending(v => v.Date).ThenByDescending(v => v.CreatedAt).Take(Shown)
            .Select(v => new DossierVisit(v.Id, v.Date, v.Kind, v.InspectorName, v.Summary)).ToListAsync(ct);
        return new(rows, await query.CountAsync(ct));
    }

    private async Task<DossierSection<DossierProblem>> ProblemsAsync(string kind, string id, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.Set<Problem>().AsNoTracking().Where(p => p.TargetKind == kind && p.TargetId == id);
        var rows = await query.OrderBy(p => p.Status == ProblemStatuses.Closed).ThenByDescending(p => p.CreatedAt).Take(Shown)
            .Select(p => new DossierProblem(p.Id, p.Description, p.Category, p.Severity, p.Status, p.Deadline,
                p.Status != ProblemStatuses.Closed && p.Deadline < today)).ToListAsync(ct);
        return new(rows, await query.CountAsync(ct));
    }

    private async Task<DossierSection<DossierComplaint>> ComplaintsAsync(string kind, string id, CancellationToken ct)
    {
        var query = db.Set<Complaint>().AsNoTracking().Where(c => c.MatchedKind == kind && c.MatchedId == id);
        var rows = await query.OrderByDescending(c => c.SubmittedAt).Take(Shown)
            .Select(c => new DossierComplaint(c.Id, c.Category, c.Status, c.SubmittedAt)).ToListAsync(ct);
        return new(rows, await query.CountAsync(ct));
    }

    private async Task<DossierSection<DossierEscalation>> EscalationsAsync(string kind, string id, CancellationToken ct)
    {
        var query = db.Set<EscalationRecord>().AsNoTracking().Where(e => e.TargetKind == kind && e.TargetId == id);
        var rows = await query.OrderByDescending(e => e.DecidedOn).ThenByDescending(e => e.CreatedAt).Take(Shown)
            .Select(e => new DossierEscalation(e.Id, e.Level, e.DecidedOn, e.Reason)).ToListAsync(ct);
        return new(rows, await query.CountAsync(ct));
    }

    private async Task<DossierSection<DossierSelfAssessment>> SelfAssessmentsAsync(string kind, string id, CancellationToken ct)
    {
        var query = db.Set<SelfAssessment>().AsNoTracking().Where(a => a.TargetKind == kind && a.TargetId == id);
        var rows = await (from a in query
                          from r in db.Set<SelfAssessmentRound>().AsNoTracking().Where(r => r.Id == a.RoundId).DefaultIfEmpty()
                          orderby a.SubmittedAt descending, a.Id
                          select new DossierSelfAssessment(a.Id, r != null ? r.Name : "", a.Status, a.SubmittedAt)).Take(Shown).ToListAsync(ct);
        return new(rows, await query.CountAsync(ct));
    }

    private async Task<string> RegionAsync(string code, CancellationToken ct) => await regions.NameAsync(code, ct) ?? code;

    private static string? JoinNonEmpty(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } s ? s : null;
}
