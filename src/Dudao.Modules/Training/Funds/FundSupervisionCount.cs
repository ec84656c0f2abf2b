using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Reduction;
using Dudao.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Training.Funds;

/// <summary>纳入资金监管 for the 压减 figures: institutions of the region whose custody account was recorded by the day.</summary>
internal sealed class FundSupervisionCount(AppDbContext db) : IFundSupervision
{
    public Task<int> CountAsync(string regionCode, DateOnly on, CancellationToken ct) =>
        db.Set<CustodyAccount>().AsNoTracking().InRegion(regionCode).Where(a => a.Since <= on)
            .Select(a => a.TargetId).Distinct().CountAsync(ct);
}
