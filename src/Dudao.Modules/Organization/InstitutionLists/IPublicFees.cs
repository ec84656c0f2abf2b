namespace Dudao.Modules.Organization.InstitutionLists;

/// <summary>A fee standard an institution has filed (备案), as the public lookup shows it.</summary>
/// <param name="Lessons">Lessons the price buys; null when the filing does not say.</param>
public sealed record PublicFee(string Course, decimal Price, int? Lessons, DateOnly? FiledOn);

/// <summary>
/// The filed fees of an institution for the public lookup. Filings belong to another module, which
/// registers its own implementation; until then the lookup shows none.
/// </summary>
public interface IPublicFees
{
    Task<IReadOnlyList<PublicFee>> OfAsync(string institutionId, CancellationToken ct);
}

internal sealed class NoPublicFees : IPublicFees
{
    public Task<IReadOnlyList<PublicFee>> OfAsync(string institutionId, CancellationToken ct) => Task.FromResult<IReadOnlyList<PublicFee>>([]);
}
