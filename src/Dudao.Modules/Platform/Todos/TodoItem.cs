namespace Dudao.Modules.Platform.Todos;

/// <summary>One thing that awaits the caller now, linking to the page where it is handled.</summary>
/// <param name="Kind">What to do, e.g. <c>complaint-accept</c>, <c>problem-verify</c>, <c>docket-reply</c>.</param>
/// <param name="Deadline">When it is due (Asia/Shanghai date); null when nothing sets one.</param>
public sealed record TodoItem(string Kind, string Title, string Link, DateOnly? Deadline);

/// <summary>
/// A module's share of the caller's to-dos (工作台). Each source looks at the caller's unit and answers
/// only for work of that unit inside its data scope; it returns nothing for a unit it has no work for.
/// </summary>
public interface ITodoSource
{
    /// <summary>What awaits the caller now.</summary>
    Task<IReadOnlyList<TodoItem>> OpenAsync(CancellationToken ct);

    /// <summary>How many such things the caller itself has done since <paramref name="sinceUtc"/>.</summary>
    Task<int> DoneSinceAsync(DateTime sinceUtc, CancellationToken ct);
}
