using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Data;

/// <summary>
/// An interceptor told of each row that <see cref="AppDbContext.AddIfAbsent{T}"/> actually inserted,
/// inside the save's transaction: whether a row was absent is known only once its statement ran
/// (a rollup counts a month's coverage mark once, not once per visit).
/// </summary>
public interface IInsertedIfAbsentObserver : IInterceptor
{
    Task InsertedAsync(AppDbContext db, object entity, CancellationToken ct);
}
