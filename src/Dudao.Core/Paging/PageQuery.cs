namespace Dudao.Core.Paging;

/// <summary><c>?page=&amp;pageSize=</c> of a list endpoint, bound with <c>[AsParameters]</c>.</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public PageRequest Request => PageRequest.Of(Page, PageSize);
}
