namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>A fee standard an institution has filed (备案) and the 校外培训监管科 approved, as the public lookup shows it.</summary>
/// <param name="Course">The course the standard was filed for.</param>
/// <param name="Item">The charge within the course (学费、教材费 …).</param>
/// <param name="Price">Yuan for <paramref name="Lessons"/> lessons.</param>
public sealed record PublicFee(string Course, string Item, decimal Price, int Lessons, decimal PerLesson, DateOnly ApprovedOn);

/// <summary>
/// The filed fees of an institution for the public lookup. Filings belong to the Training module, which
/// registers the implementation; without it the lookup shows none.
/// </summary>
public interface IPublicFees
{
    Task<IReadOnlyList<PublicFee>> OfAsync(string institutionId, CancellationToken ct);
}

internal sealed class NoPublicFees : IPublicFees
{
    public Task<IReadOnlyList<PublicFee>> OfAsync(string institutionId, CancellationToken ct) => Task.FromResult<IReadOnlyList<PublicFee>>([]);
}
