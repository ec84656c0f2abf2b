using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Regions;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Organization.Reduction;

/// <summary>The 压减 figures of a region and period (see <see cref="ReductionFigures"/>), counted from the institutions' dated history.</summary>
public sealed class ReductionService(AppDbContext db, RegionDirectory regions, TimeProvider clock, IFundSupervision funds)
{
    public async Task<ReductionFigures> FiguresAsync(ReductionQuery query, CancellationToken ct)
    {
        var today = clock.Today();
        var to = query.To ?? today;
        var from = query.From ?? new DateOnly(to.Year, 1, 1);
        // The history begins with the registry; a year-1 date would also underflow the baseline's day before.
        ValidationFailedException.ThrowIf("to", to.Year < 2000 ? "结束日期不能早于2000年" : null);
        ValidationFailedException.ThrowIf("from", from.Year < 2000 ? "开始日期不能早于2000年" : null);
        ValidationFailedException.ThrowIf("to", from > to ? "结束日期不能早于开始日期" : null);
        var regionCode = RegionFilter.OrDefault(query.RegionCode, db.User.RegionCode);
        if (regionCode.Length > 0) ValidationFailedException.ThrowIf("regionCode", Check.InScope(db.User.Scope, regionCode));

        var institutions = await db.Set<Institution>().AsNoTracking().InRegion(regionCode).ToListAsync(ct);
        var steps = (await db.Set<InstitutionEvent>().AsNoTracking().InRegion(regionCode).ToListAsync(ct))
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ToLookup(e => e.TargetId);

        int baseline = 0, now = 0, added = 0, nonSubjectNow = 0, suspended = 0, deregistered = 0, banned = 0, converted = 0;
        var stepFigures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in institutions)
        {
            var own = steps[i.Id].ToList();
            var before = InstitutionState.At(i, own, from.AddDays(-1));
            var after = InstitutionState.At(i, own, to);
            if (before.OperatingSubject) baseline++;
            if (after.OperatingSubject) now++;
            if (after.OperatingSubject && !before.OperatingSubject) added++;
            if (after is { Status: Institution.Normal, Category: Institution.NonSubject }) nonSubjectNow++;
            if (before.OperatingSubject && !after.OperatingSubject)
            {
                if (after.Category != Institution.Subject) converted++;
                else if (after.Status == InstitutionLifecycle.Banned) banned++;
                else if (after.Status == InstitutionLifecycle.Deregistered) deregistered++;
                else suspended++;
            }
            foreach (var figure in own.Where(e => e.OccurredOn >= from && e.OccurredOn <= to).SelectMany(InstitutionStepFigures.Of))
                stepFigures[figure] = stepFigures.GetValueOrDefault(figure) + 1;
        }

        var visits = db.Set<Visit>().AsNoTracking().InRegion(regionCode)
            .Where(v => v.TargetKind == TargetKinds.Institution && v.Date >= from && v.Date <= to);
        var inspected = await visits.Select(v => v.TargetId).Distinct().CountAsync(ct);
        var visitCount = await visits.CountAsync(ct);
        var (start, end) = (from, to);
        var notices = await (from n in db.Set<DocumentNumber>().AsNoTracking()
                             join p in db.Set<Problem>().AsNoTracking().InRegion(regionCode) on n.RecordId equals p.Id
                             where n.Kind == ProblemDocuments.RectificationNotice && n.IssuedOn >= start && n.IssuedOn <= end
                             select n.Id).CountAsync(ct);

        var reduced = suspended + deregistered + banned + converted;
        return new ReductionFigures(regionCode, regionCode.Length == 0 ? null : await regions.NameAsync(regionCode, ct), from, to,
            baseline, now, reduced, baseline == 0 ? 0 : Math.Round((double)reduced / baseline, 4),
            new ReductionByExit(suspended, deregistered, banned, converted), added, nonSubjectNow,
            stepFigures.GetValueOrDefault(InstitutionStepFigures.BannedUnlicensed), stepFigures.GetValueOrDefault(InstitutionStepFigures.ClosedLicensedOnly),
            stepFigures.GetValueOrDefault(InstitutionStepFigures.ReRegistered), stepFigures.GetValueOrDefault(InstitutionStepFigures.UnlicensedFound), inspected, visitCount, notices,
            await funds.CountAsync(regionCode, to, ct));
    }
}
