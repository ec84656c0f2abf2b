using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Escalation.Issuing;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Organization.Registry;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Rollups;
using Dudao.Modules.Returns.Domain;
using Dudao.Modules.Shared.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Returns.Documents;

/// <summary>
/// The quarterly bulletin of a region: read (figures from the rollups, lists from the region's records), downloaded
/// as a .docx whose 文号 is issued once per region and quarter, and issued — recorded with that 文号, with a 通报 for
/// each unit it names, in one save.
/// </summary>
public sealed class BulletinService(AppDbContext db, ICurrentUser me, IRegionFigures figures, BulletinUnits units,
    SupervisionTargets targets, EscalationIssuer issuer, LetterheadService letterheads, TimeProvider clock)
{
    public const string DocumentKind = "quarterly-bulletin";

    /// <summary>Due by the 25th of the quarter's third month (000 §4).</summary>
    public const int DueDay = 25;

    private const int ListedMax = 50, TypicalMax = 5;

    public async Task<Bulletin> GetAsync(string? regionCode, string? quarter, CancellationToken ct)
    {
        var region = RegionFilter.OrDefault(regionCode, me.RegionCode);
        ValidationFailedException.ThrowIf(RegionFilter.Field, Check.InScope(me.Scope, region));
        var today = clock.Today();
        var period = string.IsNullOrWhiteSpace(quarter) ? ReturnPeriod.Containing(PeriodKinds.Quarter, today)
            : ReturnPeriod.Parse(PeriodKinds.Quarter, quarter) ?? throw ValidationFailedException.For("quarter", "季度应为 yyyyQn 的写法，如 2026Q3");
        if (period.Start > today) throw ValidationFailedException.For("quarter", $"{period.Label}尚未开始，不能通报");
        var asOf = period.End < today ? period.End : today;
        var months = Enumerable.Range(0, asOf.Month - period.Start.Month + 1).Select(i => period.Start.AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var own = await figures.OfAsync(region, months[0], months[^1], ct);
        var (kind, ranking) = await units.RankAsync(region, months, asOf, ct);
        var (overdue, overdueTotal) = await OverdueAsync(region, asOf, ct);
        return new Bulletin(region, own.Name, period.Code, period.Label, period.DueOn(DueDay, 0), asOf, own.Figures, kind, ranking,
            overdue, overdueTotal, await TypicalReportsAsync(region, period.Start, asOf, ct), await CommendationsAsync(region, period.Start, asOf, ct),
            await IssuedAsync(region, period.Code, ct));
    }

    /// <summary>The bulletin as a .docx (letterhead, 文号 issued once per region and quarter, seal line).</summary>
    public async Task<byte[]> DocxAsync(string? regionCode, string? quarter, CancellationToken ct)
    {
        var bulletin = await GetAsync(regionCode, quarter, ct);
        return BulletinDocx.Write(bulletin, await HeaderAsync(bulletin, ct));
    }

    /// <summary>
    /// Records the bulletin with its 文号 and a written 通报 (<c>notice</c>) for each unit it names as 滞后 or 不作为,
    /// linked to it; a quarter is issued once. The 文号 itself was issued (and saved) on the first download, or here.
    /// </summary>
    public async Task<IssuedBulletin> IssueAsync(string? regionCode, string? quarter, CancellationToken ct)
    {
        var bulletin = await GetAsync(regionCode, quarter, ct);
        if (bulletin.Issued is { } done) throw AlreadyIssued(bulletin, done.IssuedOn, done.Number);
        var header = await HeaderAsync(bulletin, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = new QuarterlyBulletin
        {
            RegionCode = bulletin.RegionCode, Quarter = bulletin.Quarter, Number = header.Number, IssuedOn = clock.Today(), IssuedAt = now, IssuedBy = me.UserName,
        };
        db.Add(issued);
        foreach (var unit in bulletin.Named)
        {
            var target = unit.Kind == Bulletin.Schools
                ? await targets.FindAsync(TargetKinds.School, unit.Id, ct) ?? throw DomainException.NotFound("学校")
                : await targets.ResolveAsync(new TargetReference(TargetKinds.Region, unit.Id), ct);
            var record = new EscalationRecord
            {
                RegionCode = target.RegionCode, TargetKind = target.Kind, TargetId = target.Id, TargetName = target.Name,
                Level = EscalationLevels.Notice, NoticeForm = "书面", DecidedOn = issued.IssuedOn, CreatedAt = now, CreatedBy = me.UserName,
                Reason = $"{bulletin.RegionName}{bulletin.QuarterLabel}“双减”工作通报（{header.Number}）：{BulletinFindings.Label(unit.Finding!)}——{string.Join("；", unit.Reasons)}。",
            };
            await issuer.AddAsync(record, ct);
            db.Add(new BulletinEscalation { BulletinId = issued.Id, EscalationId = record.Id, Finding = unit.Finding! });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks racing: the unique index let one through, the other is told so.
            db.ChangeTracker.Clear();
            if (await IssuedAsync(bulletin.RegionCode, bulletin.Quarter, ct) is { } raced) throw AlreadyIssued(bulletin, raced.IssuedOn, raced.Number);
            throw;
        }
        return (await IssuedAsync(bulletin.RegionCode, bulletin.Quarter, ct))!;
    }

    private Task<DocumentHeader> HeaderAsync(Bulletin b, CancellationToken ct) =>
        letterheads.IssueAsync(DocumentKind, $"{b.RegionCode}:{b.Quarter}", b.RegionCode, ct);

    private static DomainException AlreadyIssued(Bulletin b, DateOnly on, string number) =>
        DomainException.Conflict($"{b.RegionName}{b.QuarterLabel}的季度通报已于{OfficialDate(on)}印发（{number}），不能重复印发");

    private static string OfficialDate(DateOnly d) => OfficialDocx.DateText(d);

    private async Task<IssuedBulletin?> IssuedAsync(string region, string quarter, CancellationToken ct)
    {
        var issued = await db.Set<QuarterlyBulletin>().AsNoTracking().FirstOrDefaultAsync(b => b.RegionCode == region && b.Quarter == quarter, ct);
        if (issued is null) return null;
        var notices = await db.Set<BulletinEscalation>().AsNoTracking().Where(l => l.BulletinId == issued.Id)
            .Join(db.Set<EscalationRecord>(), l => l.EscalationId, e => e.Id, (l, e) => new { l.EscalationId, e.TargetName, e.TargetUnit, l.Finding })
            .ToListAsync(ct);
        return new IssuedBulletin(issued.Id, issued.RegionCode, issued.Quarter, issued.Number, issued.IssuedOn, issued.IssuedBy,
            notices.Select(n => new IssuedNotice(n.EscalationId, TargetKinds.Display(n.TargetName, n.TargetUnit), n.Finding)).OrderBy(n => n.Target, StringComparer.Ordinal).ToList());
    }

    /// <summary>Problems overdue at <paramref name="asOf"/>, the longest overdue first; at most <see cref="ListedMax"/> listed.</summary>
    private async Task<(IReadOnlyList<OverdueProblem>, int)> OverdueAsync(string region, DateOnly asOf, CancellationToken ct)
    {
        var end = ChinaTime.StartOfDayUtc(asOf.AddDays(1));
        var query = db.Set<Problem>().AsNoTracking().InRegion(region)
            .Where(p => p.CreatedAt < end && p.Deadline < asOf && (p.Status != ProblemStatuses.Closed || p.ClosedAt == null || p.ClosedAt >= end));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Deadline).ThenBy(p => p.Id).Take(ListedMax)
            .Select(p => new { p.TargetName, p.TargetUnit, p.Description, p.Deadline }).ToListAsync(ct);
        return (rows.Select(p => new OverdueProblem(TargetKinds.Display(p.TargetName, p.TargetUnit), p.Description, p.Deadline, asOf.DayNumber - p.Deadline.DayNumber)).ToList(), total);
    }

    /// <summary>The targets reported at least twice in the quarter (群众举报反映强烈), the most reported first.</summary>
    private async Task<IReadOnlyList<ReportedTarget>> TypicalReportsAsync(string region, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(asOf.AddDays(1)));
        var rows = await db.Set<Complaint>().AsNoTracking().InRegion(region)
            .Where(c => c.SubmittedAt >= start && c.SubmittedAt < end && c.DuplicateOfId == null)
            .Select(c => new { Name = c.MatchedName ?? c.TargetName, c.Status }).ToListAsync(ct);
        return rows.GroupBy(c => c.Name).Where(g => g.Count() >= 2)
            .Select(g => new ReportedTarget(g.Key, g.Count(), g.Count(c => c.Status == ComplaintStatuses.Closed)))
            .OrderByDescending(t => t.Reports).ThenBy(t => t.Target, StringComparer.Ordinal).Take(TypicalMax).ToList();
    }

    private async Task<IReadOnlyList<Commendation>> CommendationsAsync(string region, DateOnly from, DateOnly asOf, CancellationToken ct) =>
        (await db.Set<EscalationRecord>().AsNoTracking().InRegion(region)
            .Where(e => e.Level == EscalationLevels.Commendation && e.DecidedOn >= from && e.DecidedOn <= asOf)
            .OrderBy(e => e.DecidedOn).ThenBy(e => e.Id).Select(e => new { e.TargetName, e.TargetUnit, e.DecidedOn, e.Reason }).ToListAsync(ct))
        .Select(e => new Commendation(TargetKinds.Display(e.TargetName, e.TargetUnit), e.DecidedOn, e.Reason)).ToList();
}
