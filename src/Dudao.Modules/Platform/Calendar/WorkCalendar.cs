using Dudao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Modules.Platform.Calendar;

/// <summary>
/// Working days in Asia/Shanghai: Monday–Friday, less holidays, plus make-up working days. Cached;
/// other instances pick up an edit within <see cref="CacheLife"/>.
/// </summary>
public sealed class WorkCalendar(IServiceScopeFactory scopes)
{
    private static readonly TimeSpan CacheLife = TimeSpan.FromMinutes(5);
    private Dictionary<DateOnly, bool>? _exceptions;
    private long _loadedAt;

    public async Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken ct)
    {
        var exceptions = await LoadAsync(ct);
        return exceptions.TryGetValue(day, out var isWorkday) ? isWorkday : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct)
    {
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (await IsWorkingDayAsync(day, ct)) counted++;
        }
        return day;
    }

    /// <summary>Called after the calendar is edited.</summary>
    public void Invalidate() => _exceptions = null;

    private async Task<Dictionary<DateOnly, bool>> LoadAsync(CancellationToken ct)
    {
        if (_exceptions is { } loaded && Environment.TickCount64 - _loadedAt < CacheLife.TotalMilliseconds) return loaded;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _loadedAt = Environment.TickCount64;
        return _exceptions = await db.Set<Holiday>().AsNoTracking().ToDictionaryAsync(h => h.Date, h => h.IsWorkday, ct);
    }
}
