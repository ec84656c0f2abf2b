using Dudao.Core;
using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Returns.Forms;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Completeness;

/// <param name="Status">late (submitted after the due day) or missing (not submitted, or sent back and not yet resubmitted).</param>
public sealed record LateUnit(string Unit, string UnitKind, string UnitId, string RegionCode, string Status, DateTime? SubmittedAt, string? ReturnId);

public sealed record RegionCompleteness(string RegionCode, string Name, int Expected, int Submitted, int OnTime, double SubmittedRate, double OnTimeRate);

/// <param name="Submitted">Units whose return is submitted or accepted now.</param>
/// <param name="OnTime">Of those, units whose first submission came by the due day.</param>
/// <param name="Late">Units late or missing, by region and name.</param>
/// <param name="Children">The same figures per child region (up the tree).</param>
public sealed record CompletenessDto(string FormId, string FormName, string Period, string PeriodLabel, string RegionCode, DateOnly DueOn, bool PastDue,
    int Expected, int Submitted, int OnTime, int Missing, double SubmittedRate, double OnTimeRate, IReadOnlyList<LateUnit> Late,
    IReadOnlyList<RegionCompleteness> Children);

/// <summary>Completeness and timeliness of one form's returns for one period, for a region and each of its children.</summary>
public sealed class CompletenessService(AppDbContext db, ICurrentUser me, FormService forms, ExpectedUnits expected, RegionDirectory regions, TimeProvider clock)
{
    public async Task<CompletenessDto> GetAsync(string? formId, string? period, string? regionCode, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(formId)) errors.Add("formId", "请选择报表");
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        errors.AddIf(RegionFilter.Field, region.Length == 0 ? null : Check.InScope(me.Scope, region));
        errors.ThrowIfAny();
        var form = await forms.FindAsync(formId!, ct);
        var today = clock.Today();
        var p = string.IsNullOrWhiteSpace(period) ? ReturnPeriod.Containing(form.PeriodKind, today).Previous()
            : ReturnPeriod.Parse(form.PeriodKind, period) ?? throw ValidationFailedException.For("period",
                $"期间应为{PeriodKinds.Label(form.PeriodKind)}的写法，如 {ReturnPeriod.Example(form.PeriodKind)}");

        var units = await expected.OfAsync(form, region.Length == 0 ? null : region, ct);
        var returns = await db.Set<PeriodicReturn>().AsNoTracking().InRegion(region.Length == 0 ? null : region)
            .Where(r => r.FormId == form.Id && r.Period == p.Code).ToListAsync(ct);
        var byUnit = returns.ToDictionary(r => (r.TargetKind, r.TargetId));
        var dueOn = form.DueOn(p);
        var pastDue = today > dueOn;

        var late = new List<LateUnit>();
        foreach (var u in units)
        {
            var r = byUnit.GetValueOrDefault((u.Kind, u.Id));
            if (r is { IsIn: true, OnTime: true }) continue;
            if (r is { IsIn: true }) late.Add(new LateUnit(u.Name, u.Kind, u.Id, u.RegionCode, "late", r.FirstSubmittedAt, r.Id));
            else if (pastDue) late.Add(new LateUnit(u.Name, u.Kind, u.Id, u.RegionCode, "missing", null, r?.Id));
        }

        var children = new List<RegionCompleteness>();
        if (region.Length > 0)
        {
            foreach (var child in await regions.ChildrenAsync(region, ct))
            {
                var prefix = RegionCodes.Prefix(child.Code);
                var mine = units.Where(u => u.RegionCode.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                if (mine.Count == 0) continue;
                var (s, o) = Count(mine, byUnit);
                children.Add(new RegionCompleteness(child.Code, child.Name, mine.Count, s, o, Rate(s, mine.Count), Rate(o, mine.Count)));
            }
        }

        var (submitted, onTime) = Count(units, byUnit);
        return new CompletenessDto(form.Id, form.Name, p.Code, p.Label, region, dueOn, pastDue, units.Count, submitted, onTime, units.Count - submitted,
            Rate(submitted, units.Count), Rate(onTime, units.Count), late, children);
    }

    private static (int Submitted, int OnTime) Count(IEnumerable<FillerUnit> units, Dictionary<(string, string), PeriodicReturn> byUnit)
    {
        int submitted = 0, onTime = 0;
        foreach (var u in units)
        {
            if (byUnit.GetValueOrDefault((u.Kind, u.Id)) is not { IsIn: true } r) continue;
            submitted++;
            if (r.OnTime) onTime++;
        }
        return (submitted, onTime);
    }

    /// <summary>A share in percent with one decimal; 0 when nothing is expected.</summary>
    private static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
