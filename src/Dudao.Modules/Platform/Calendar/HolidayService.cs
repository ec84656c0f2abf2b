using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Calendar;

public sealed record HolidayInput(DateOnly? Date, string? Name, bool IsWorkday);

/// <summary>Edits the national working-day calendar; only province-level (or national) offices may.</summary>
public sealed class HolidayService(AppDbContext db, ICurrentUser me, WorkCalendar calendar)
{
    public Task<List<Holiday>> ListAsync(int year, CancellationToken ct)
    {
        DateBounds.Year(year);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Set<Holiday>().AsNoTracking().Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date).ToListAsync(ct);
    }

    public async Task SetAsync(HolidayInput input, CancellationToken ct)
    {
        EnsureProvinceLevel();
        var errors = new ValidationErrors();
        if (input.Date is null) errors.Add("date", "请填写日期");
        errors.AddIf("date", DateBounds.Check(input.Date));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", "请填写名称，如“国庆节”或“国庆调休上班”");
        else errors.AddIf("name", Check.Length(input.Name, 32, "名称", "个字"));
        errors.ThrowIfAny();

        var day = await db.Set<Holiday>().FirstOrDefaultAsync(h => h.Date == input.Date, ct);
        if (day is null) db.Add(day = new Holiday { Date = input.Date!.Value });
        day.Name = input.Name!.Trim();
        day.IsWorkday = input.IsWorkday;
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
    }

    public async Task RemoveAsync(DateOnly date, CancellationToken ct)
    {
        EnsureProvinceLevel();
        await db.Set<Holiday>().Where(h => h.Date == date).ExecuteDeleteAsync(ct);
        calendar.Invalidate();
    }

    private void EnsureProvinceLevel()
    {
        if (me.Scope.RegionPrefix.Length > 2 || me.Scope.TargetId is not null)
            throw DomainException.Forbidden("节假日安排全国统一，只有省级或以上督导部门可以修改");
    }
}
