using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>One return a unit still owes: its form, the open period and the row if the unit opened it.</summary>
internal sealed record OutstandingReturn(ReturnForm Form, ReturnPeriod Period, PeriodicReturn? Return)
{
    public DateOnly DueOn => Form.DueOn(Period);
}

/// <summary>
/// The returns a unit must still fill for the periods open now (opened or not yet, sent back included): what its
/// to-dos list and its 工作台 counts.
/// </summary>
internal sealed class OutstandingReturns(AppDbContext db, TimeProvider clock)
{
    /// <returns>Whether any active form asks the unit for returns, and what it still owes.</returns>
    public async Task<(bool Fills, IReadOnlyList<OutstandingReturn> Owed)> OfAsync(FillerUnit unit, CancellationToken ct)
    {
        var today = clock.Today();
        var forms = (await db.Set<ReturnForm>().AsNoTracking().Where(f => f.Active).ToListAsync(ct))
            .Where(f => f.FillerList.Contains(unit.Kind) && f.Covers(unit.RegionCode) && (unit.Kind != FillerKinds.Office || (f.RegionCode.Length > 0 && f.RegionCode != unit.Id)))
            .ToList();
        var mine = await db.Set<PeriodicReturn>().AsNoTracking().Where(r => r.TargetKind == unit.Kind && r.TargetId == unit.Id)
            .ToDictionaryAsync(r => r.FormId + "|" + r.Period, StringComparer.Ordinal, ct);
        return (forms.Count > 0, forms.SelectMany(form => form.OpenPeriods(today).Select(period => new OutstandingReturn(form, period, mine.GetValueOrDefault(form.Id + "|" + period.Code))))
            .Where(o => o.Return is not { IsIn: true }).ToList());
    }
}
