using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Platform.Files;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Dudao.Modules.Rectification.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Rectification.Ledger;

/// <summary>The rectification ledger (整改台账): lists, one problem with its history, and manual entry.</summary>
public sealed class LedgerService(AppDbContext db, RegionDirectory regions, SupervisionTargets targets, ProblemIntake intake, WorkCalendar calendar,
    TimeProvider clock)
{
    public async Task<PagedList<ProblemDto>> ListAsync(ProblemFilter filter, PageRequest page, CancellationToken ct)
    {
        var today = clock.Today();
        var query = filter.Apply(db.Set<Problem>().AsNoTracking(), today);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Status == ProblemStatuses.Closed).ThenBy(p => p.Deadline).ThenBy(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = new List<ProblemDto>(rows.Count);
        foreach (var p in rows) items.Add(ProblemDto.From(p, await regions.NameAsync(p.RegionCode, ct), today));
        return new PagedList<ProblemDto>(items, total, page.Page, page.PageSize);
    }

    /// <summary>The registry name of a school or institution in the caller's scope, for a per-target ledger's heading.</summary>
    public async Task<string?> TargetNameAsync(string? targetKind, string targetId, CancellationToken ct) =>
        (await targets.FindAsync(targetKind, targetId, ct))?.Name;

    public async Task<ProblemDto> GetAsync(string id, CancellationToken ct)
    {
        var p = await db.Set<Problem>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("问题");
        return ProblemDto.From(p, await regions.NameAsync(p.RegionCode, ct), clock.Today());
    }

    public async Task<ProblemDetailDto> DetailAsync(string id, CancellationToken ct)
    {
        var p = await db.Set<Problem>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("问题");
        var steps = await db.Set<ProblemStep>().AsNoTracking().Where(s => s.ProblemId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(ct);
        var stepIds = steps.Select(s => s.Id).ToList();
        var files = await db.Set<StoredFile>().AsNoTracking()
            .Where(f => f.OwnerKind == ProblemFiles.OwnerKind && stepIds.Contains(f.OwnerId)).OrderBy(f => f.UploadedAt).ToListAsync(ct);
        var inspectorName = p.InspectorId is null ? null
            : await db.Set<Inspector>().IgnoreQueryFilters().Where(i => i.Id == p.InspectorId).Select(i => i.Name).FirstOrDefaultAsync(ct);
        return new ProblemDetailDto(
            ProblemDto.From(p, await regions.NameAsync(p.RegionCode, ct), clock.Today()),
            inspectorName,
            steps.Select(s => new ProblemStepDto(s.Id, s.Action, s.FromStatus, s.ToStatus, s.Note, s.At, s.UserName,
                files.Where(f => f.OwnerId == s.Id).Select(f => new ProblemFileDto(f.Id, f.FileName, f.Size)).ToList())).ToList(),
            db.User.ActionsOn(p));
    }

    public async Task<ProblemDto> CreateAsync(ProblemInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new ValidationErrors();
        foreach (var (field, message) in input.Check(today)) errors.Add(field, message);
        errors.ThrowIfAny();

        // The target's own county, so a problem can never sit in another county than its school.
        var target = await targets.ResolveAsync(new TargetReference(input.TargetKind, input.TargetId, input.TargetName, input.TargetUnit, input.RegionCode), ct);
        var deadline = input.Deadline ?? (input.DeadlineWorkingDays is { } days ? await calendar.AddWorkingDaysAsync(today, days, ct) : null);
        var problem = await intake.OpenAsync(new NewProblem(target.Kind, target.Id.Length == 0 ? null : target.Id,
            target.Name, target.RegionCode, input.Source!, null, input.Category!, input.Severity ?? "", input.Description ?? "", Deadline: deadline,
            ResponsibleDepartmentId: input.ResponsibleDepartmentId, TargetUnit: target.Unit), ct);
        await db.SaveChangesAsync(ct);
        return ProblemDto.From(problem, await regions.NameAsync(problem.RegionCode, ct), today);
    }
}
