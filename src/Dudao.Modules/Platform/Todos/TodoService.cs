using Dudao.Core.Time;

namespace Dudao.Modules.Platform.Todos;

/// <summary>This month's tally on the 工作台: the caller's to-dos done since the 1st, and those open now.</summary>
public sealed record TodoTally(int Done, int Open);

/// <summary>The caller's to-dos from every module, earliest deadline first (those without one last).</summary>
public sealed class TodoService(IEnumerable<ITodoSource> sources, TimeProvider clock)
{
    public async Task<IReadOnlyList<TodoItem>> MineAsync(CancellationToken ct)
    {
        var items = new List<TodoItem>();
        // One after the other: the sources share the request's DbContext.
        foreach (var source in sources) items.AddRange(await source.OpenAsync(ct));
        return items.OrderBy(i => i.Deadline is null).ThenBy(i => i.Deadline).ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<TodoTally> TallyAsync(int open, CancellationToken ct)
    {
        var today = clock.Today();
        var since = ChinaTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1));
        var done = 0;
        foreach (var source in sources) done += await source.DoneSinceAsync(since, ct);
        return new TodoTally(done, open);
    }
}
