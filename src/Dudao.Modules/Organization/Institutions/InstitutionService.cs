using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Organization.Registry;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Institutions;

/// <summary>The institution registry's handlers; pages call them in-process and the API wraps them.</summary>
public sealed class InstitutionService(AppDbContext db, RegionDirectory regions, TimeProvider clock)
{
    /// <param name="status">A lifecycle status to keep (审批中, 正常 …), or null for all.</param>
    /// <param name="list">white or black to keep the institutions now on that list, none for those on neither, or null for all.</param>
    public async Task<PagedList<InstitutionDto>> ListAsync(string? regionCode, string? q, PageRequest page, CancellationToken ct,
        string? status = null, string? list = null)
    {
        var query = db.Set<Institution>().AsNoTracking().InRegion(regionCode);
        if (!string.IsNullOrWhiteSpace(status))
        {
            ValidationFailedException.ThrowIf("status", Check.OneOf(status, Institution.Statuses, "状态"));
            query = query.Where(i => i.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(list))
        {
            ValidationFailedException.ThrowIf("list", Check.OneOfCodes(list, [.. InstitutionListEntry.Lists, NoList], "名单"));
            var open = db.Set<InstitutionListEntry>().Where(e => e.RemovedOn == null);
            query = list == NoList ? query.Where(i => !open.Any(e => e.TargetId == i.Id)) : query.Where(i => open.Any(e => e.TargetId == i.Id && e.List == list));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var (text, code) = (q.Trim(), q.Trim().ToUpperInvariant());
            query = query.Where(i => i.Name.Contains(text) || i.Uscc.StartsWith(code));
        }
        return await query.OrderBy(i => i.RegionCode).ThenBy(i => i.Name).ToPageAsync(page, regions, InstitutionDto.From, ct);
    }

    /// <summary>Whether the caller keeps the registry (the office, or a department with institutions in its remit).</summary>
    public Task<bool> MayManageAsync(CancellationToken ct) => InstitutionRegistrar.MayManageAsync(db, ct);

    public async Task<InstitutionDto> GetAsync(string id, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        return InstitutionDto.From(institution, await regions.NameAsync(institution.RegionCode, ct));
    }

    public async Task<InstitutionDto> CreateAsync(InstitutionInput input, CancellationToken ct)
    {
        await InstitutionRegistrar.CheckAsync(db, ct);
        await ValidateAsync(input, null, ct);
        var institution = new Institution();
        input.ApplyTo(institution);
        db.Add(institution);
        db.Add(new InstitutionEvent
        {
            RegionCode = institution.RegionCode, TargetId = institution.Id, Kind = InstitutionEventKinds.Register, ToState = institution.Status,
            OccurredOn = clock.Today(), Reason = "登记", RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = db.User.UserName,
        });
        await db.SaveChangesAsync(ct);
        return InstitutionDto.From(institution, await regions.NameAsync(institution.RegionCode, ct));
    }

    public async Task<InstitutionDto> UpdateAsync(string id, InstitutionInput input, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        await InstitutionRegistrar.CheckAsync(db, ct);
        await ValidateAsync(input, institution, ct);
        if (input.Version is { } version) db.ExpectVersion(institution, version);
        input.ApplyTo(institution);
        await db.SaveChangesAsync(ct);
        return InstitutionDto.From(institution, await regions.NameAsync(institution.RegionCode, ct));
    }

    /// <summary>The list filter for institutions on neither list.</summary>
    public const string NoList = "none";

    private static DomainException NotFound() => DomainException.NotFound("培训机构");

    private async Task ValidateAsync(InstitutionInput input, Institution? existing, CancellationToken ct)
    {
        var id = existing?.Id;
        var errors = new ValidationErrors();
        var countyError = await regions.CheckCountyAsync(input.RegionCode, ct);
        foreach (var (field, message) in input.Check(countyError, db.User.Scope)) errors.Add(field, message);
        if (existing is null) errors.AddIf("status", input.NewStatusError());
        else foreach (var (field, message) in input.StepsOutsideEdit(existing)) errors.Add(field, message);
        if (!errors.Any)
        {
            // A USCC is unique across the country, so look past the caller's scope.
            var uscc = input.Uscc!.Trim();
            if (await db.Set<Institution>().IgnoreQueryFilters().AnyAsync(i => i.Uscc == uscc && i.Id != id, ct))
                errors.Add("uscc", $"统一社会信用代码“{uscc}”已存在");
        }
        errors.ThrowIfAny();
    }
}
