using System.Linq.Expressions;
using Dudao.Core.Scope;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Platform.Todos;

/// <summary>
/// The shape of a module's to-dos about one kind of record: nothing for a caller without an account or
/// without the module's <paramref name="permission"/>; otherwise, per kind of step, the records awaiting
/// it, earliest due first, at most <see cref="Max"/> each.
/// </summary>
public abstract class RecordTodos<T>(ICurrentUser me, string permission) : ITodoSource where T : class
{
    public const int Max = 200;

    /// <summary>The caller, for the derived source's queries.</summary>
    protected ICurrentUser Me { get; } = me;

    public async Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct) => MayAct ? await ListAsync(ct) : [];

    public Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct) => MayAct ? CountDoneAsync(Me.UserName, sinceUtc, ct) : Task.FromResult(0);

    /// <summary>Every step awaiting the caller, built with <see cref="ItemsAsync"/>.</summary>
    protected abstract Task<IReadOnlyList<TodoItem>> ListAsync(CancellationToken ct);

    /// <summary>The steps <paramref name="userName"/> took since then.</summary>
    protected abstract Task<int> CountDoneAsync(string userName, DateTime sinceUtc, CancellationToken ct);

    /// <summary>One kind of step: the records of <paramref name="query"/> by <paramref name="due"/>, read as <paramref name="row"/>s and shown as <paramref name="item"/>s.</summary>
    protected static async Task<List<TodoItem>> ItemsAsync<TRow>(IQueryable<T> query, Expression<Func<T, DateOnly?>> due,
        Expression<Func<T, TRow>> row, Func<TRow, TodoItem> item, CancellationToken ct) =>
        (await query.OrderBy(due).Take(Max).Select(row).ToListAsync(ct)).Select(item).ToList();

    private bool MayAct => Me.UserId is not null && Me.Has(permission);
}
