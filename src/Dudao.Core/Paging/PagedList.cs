namespace Dudao.Core.Paging;

/// <summary>The list shape of the public contract: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>The last page that can be asked for: beyond it <see cref="Skip"/> would overflow.</summary>
    public const int MaxPage = int.MaxValue / MaxSize;

    public static PageRequest Of(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));

    public int Skip => (Page - 1) * PageSize;
}
