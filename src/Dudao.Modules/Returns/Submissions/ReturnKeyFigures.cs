using System.Globalization;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Reporting.KeyFigures;
using Dudao.Modules.Returns.Completeness;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Returns.Forms;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Submissions;

/// <summary>
/// Returns outstanding on the 工作台: for a unit that fills returns, those it must still fill for the open periods;
/// for a reviewing office, the returns waiting for its review and the units below it that missed a due day
/// (each active form's period being reported, as the completeness page counts them).
/// </summary>
internal sealed class ReturnKeyFigures(AppDbContext db, ICurrentUser me, ReturnUnit units, OutstandingReturns outstanding,
    FormService forms, CompletenessService completeness, TimeProvider clock) : IKeyFigureSource
{
    public async Task<IReadOnlyList<KeyFigure>> FiguresAsync(CancellationToken ct)
    {
        var figures = new List<KeyFigure>();
        var today = clock.Today();
        if (await units.MineAsync(ct) is { } unit)
        {
            var (fills, owed) = await outstanding.OfAsync(unit, ct);
            var overdue = owed.Count(o => o.DueOn < today);
            // A unit no form asks anything of (an office nobody above has a form for) has no figure.
            if (fills) figures.Add(new("returns-outstanding", "待填报报表", Count(owed.Count), null, overdue > 0 ? $"已逾期 {overdue} 份" : null, "/staff/returns"));
        }
        if (me.Has(ReturnsPermissions.Review) && me.OrgKind == OrgKinds.Office)
        {
            var region = me.RegionCode;
            var toReview = await db.Set<PeriodicReturn>().CountAsync(r => r.ReviewerRegion == region && r.Status == ReturnStatuses.Submitted, ct);
            figures.Add(new("returns-to-review", "待审核报表", Count(toReview), null, null, "/staff/returns"));
            // Every open period whose due day has passed: the units below not in for it.
            var ids = (await forms.ListAsync(includeRetired: false, ct)).Select(f => f.Id).ToList();
            var missing = 0;
            foreach (var form in await db.Set<ReturnForm>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(ct))
            {
                foreach (var period in form.OpenPeriods(today).Where(p => form.DueOn(p) < today))
                {
                    missing += (await completeness.GetAsync(form.Id, period.Code, region, ct)).Late.Count(l => l.Status == "missing");
                }
            }
            figures.Add(new("returns-missing", "逾期未报单位", Count(missing), null, "已过截止日仍未报送", "/staff/returns/completeness"));
        }
        return figures;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
