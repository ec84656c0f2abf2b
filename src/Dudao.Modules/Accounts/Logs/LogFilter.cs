using System.Globalization;
using Dudao.Core.Errors;
using Dudao.Core.Paging;
using Dudao.Core.Time;
using Dudao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Accounts.Logs;

/// <summary>Filters both logs share: the account name and a range of days in Asia/Shanghai, both ends included.</summary>
public sealed record LogFilter(string? UserName, DateOnly? From, DateOnly? To)
{
    /// <summary>The filter of a page's query string; a malformed or out-of-range date is left out and reported in Chinese.</summary>
    public static (LogFilter Filter, string? Error) FromQuery(string? userName, string? from, string? to)
    {
        var fromDate = ParseDate(from);
        var toDate = ParseDate(to);
        var malformed = (fromDate is null && !string.IsNullOrWhiteSpace(from)) || (toDate is null && !string.IsNullOrWhiteSpace(to));
        if (malformed) return (new LogFilter(userName, fromDate, toDate), "日期格式应为“年-月-日”，如 2026-11-23");
        var errors = new ValidationErrors();
        DateBounds.CheckRange(errors, fromDate, toDate);
        return errors.Any
            ? (new LogFilter(userName, null, null), errors.ToDictionary().SelectMany(e => e.Value).First())
            : (new LogFilter(userName, fromDate, toDate), null);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The filtered rows, newest first, one page. The data scope is already applied by the query filter.</summary>
    public async Task<PagedList<TDto>> PageAsync<T, TDto>(IQueryable<T> query, PageRequest page, Func<T, TDto> map, CancellationToken ct)
        where T : class, ILogEntry
    {
        DateBounds.EnsureRange(From, To);
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim();
            query = query.Where(e => e.UserName == name);
        }
        if (From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            query = query.Where(e => e.At >= start);
        }
        if (To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedList<TDto>(rows.Select(map).ToList(), total, page.Page, page.PageSize);
    }
}
