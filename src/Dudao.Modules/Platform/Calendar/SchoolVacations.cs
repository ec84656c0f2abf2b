using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Calendar;

public sealed record VacationInput(string? RegionCode, string? Name, DateOnly? From, DateOnly? To);

/// <param name="SetAt">The region whose calendar this is: the one asked about, or the one above it that it follows.</param>
public sealed record VacationDto(string Id, string Name, DateOnly From, DateOnly To, string SetAt);

/// <summary>
/// School vacations per region. For a year, a region uses its own vacations if it set any for that
/// year, otherwise those of the nearest region above it (county → city → province); the schedule rules
/// (no subject-type training in vacations) and reporting read <see cref="IsSchoolVacationAsync"/>.
/// </summary>
public sealed class SchoolVacations(AppDbContext db, ICurrentUser me)
{
    public const int MaxDays = 92;

    public async Task<bool> IsSchoolVacationAsync(string regionCode, DateOnly date, CancellationToken ct) =>
        (await EffectiveAsync(regionCode, date.Year, ct)).Any(v => v.From <= date && date <= v.To);

    /// <summary>The vacations that apply to <paramref name="regionCode"/> in <paramref name="year"/> (overlapping it).</summary>
    public async Task<IReadOnlyList<VacationDto>> EffectiveAsync(string regionCode, int year, CancellationToken ct)
    {
        DateBounds.Year(year);
        var chain = RegionCodes.Ancestry(regionCode);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // A county follows the city or province above it, which lie outside its own scope.
        var rows = await db.Set<SchoolVacation>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => chain.Contains(v.RegionCode) && v.From <= last && v.To >= first).ToListAsync(ct);
        var nearest = rows.Select(v => v.RegionCode).OrderByDescending(chain.IndexOf).FirstOrDefault();
        return rows.Where(v => v.RegionCode == nearest).OrderBy(v => v.From)
            .Select(v => new VacationDto(v.Id, v.Name, v.From, v.To, v.RegionCode)).ToList();
    }

    /// <summary>Adds a vacation for a region in the caller's scope (its own unit's region when none is named).</summary>
    public async Task<VacationDto> AddAsync(VacationInput input, CancellationToken ct)
    {
        var region = string.IsNullOrWhiteSpace(input.RegionCode) ? me.RegionCode : input.RegionCode.Trim();
        var errors = new ValidationErrors();
        if (!RegionCodes.IsWellFormed(region) || !me.Scope.Covers(region)) errors.Add("regionCode", Check.RegionOutOfScope(region));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", "请填写名称，如“2027年寒假”");
        else errors.AddIf("name", Check.Length(input.Name, 32, "名称", "个字"));
        if (input.From is null) errors.Add("from", "请填写开始日期");
        if (input.To is null) errors.Add("to", "请填写结束日期");
        DateBounds.CheckRange(errors, input.From, input.To);
        if (input.From is { } from && input.To is { } to && to >= from && to.DayNumber - from.DayNumber + 1 > MaxDays)
            errors.Add("to", Check.TooLong("一个假期", MaxDays, "天"));
        errors.ThrowIfAny();

        var vacation = new SchoolVacation { RegionCode = region, Name = input.Name!.Trim(), From = input.From!.Value, To = input.To!.Value };
        db.Add(vacation);
        await db.SaveChangesAsync(ct);
        return new VacationDto(vacation.Id, vacation.Name, vacation.From, vacation.To, vacation.RegionCode);
    }

    /// <summary>Removes a vacation the caller's scope holds; another region's answers 404.</summary>
    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        var removed = await db.Set<SchoolVacation>().Where(v => v.Id == id).ExecuteDeleteAsync(ct);
        if (removed == 0) throw DomainException.NotFound("假期");
    }
}
