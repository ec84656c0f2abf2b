namespace Dudao.Modules.Organization.Reduction;

/// <summary>
/// Institutions under prepaid-fund supervision (a custody account recorded, seed 002: 纳入资金监管) in a region on a
/// day, for the 压减 figures. Custody accounts belong to the Training module, which registers the implementation;
/// without it the figure is 0.
/// </summary>
public interface IFundSupervision
{
    Task<int> CountAsync(string regionCode, DateOnly on, CancellationToken ct);
}

internal sealed class NoFundSupervision : IFundSupervision
{
    public Task<int> CountAsync(string regionCode, DateOnly on, CancellationToken ct) => Task.FromResult(0);
}
