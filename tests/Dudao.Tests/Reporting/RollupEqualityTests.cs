using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Escalation.Domain;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.Letterheads;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Reporting.Domain;
using Dudao.Modules.Reporting.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Reporting;

/// <summary>
/// The incremental rollups, after many random inserts, updates and deletes of visits, coverage marks, problems,
/// complaints, escalations, institution steps and 整改通知书 numbers in many saves, equal a recomputation from the records.
/// </summary>
public sealed class RollupEqualityTests
{
    private static readonly string[] Counties = ["500107", "500106", "500108", "510104"];
    private static readonly string[] Kinds = ["school", "institution"];
    private static readonly string[] StepKinds = ["register", "status", "licence", "change", "found"];
    private static readonly string[] Statuses = ["正常", "审批中", "停办", "注销", "取缔"];
    private static readonly string[] Licences = ["证照齐全", "无证有照", "无证无照"];
    private static readonly string[] Categories = ["学科类", "非学科类"];
    private static readonly string[] DocumentKinds = [ProblemDocuments.RectificationNotice, ProblemDocuments.RectificationNotice, "supervision-order"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Rollups_kept_with_every_save_equal_a_full_recomputation(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var ids = new Ids();

        for (var round = 0; round < 24; round++)
        {
            if (round == 12)
            {
                // Settling overdue midway: later changes count against the new settlement date.
                app.Clock.Advance(TimeSpan.FromDays(2));
                await WithRollupsAsync(app, r => r.SettleOverdueAsync(CancellationToken.None));
            }
            await app.WithDbAsync(async db =>
            {
                for (var op = 0; op < 12; op++) await RandomChangeAsync(db, random, app.Clock.Today(), ids);
                await db.SaveChangesAsync();
                return 0;
            });
        }

        var settled = await app.WithDbAsync(db => db.Set<RollupSettlement>().Select(s => s.SettledOn).SingleAsync());
        var expected = await WithRollupsAsync(app, r => r.ComputeAsync(settled, CancellationToken.None));
        var actual = await app.WithDbAsync(db => db.Set<RegionRollup>().Where(r => r.Value != 0).ToListAsync());
        var actualMap = actual.ToDictionary(r => new RollupKey(r.RegionCode, r.Month, r.Metric), r => r.Value);
        actualMap.OrderBy(k => k.Key.ToString(), StringComparer.Ordinal).ShouldBe(
            expected.OrderBy(k => k.Key.ToString(), StringComparer.Ordinal), $"seed {seed}");
        expected.Keys.Select(k => k.Metric).Distinct().Count().ShouldBeGreaterThan(8, "the random changes should reach most metrics");

        // A rebuild writes the same rows back.
        await WithRollupsAsync(app, r => r.RebuildAsync(CancellationToken.None));
        (await app.WithDbAsync(db => db.Set<RegionRollup>().Where(r => r.Value != 0).CountAsync())).ShouldBe(expected.Count);
    }

    private static string Pick(Random random, List<string> list) => list[random.Next(list.Count)];

    private sealed class Ids
    {
        public List<string> Problems { get; } = [];
        public List<string> Complaints { get; } = [];
        public List<string> Visits { get; } = [];
        public List<string> Escalations { get; } = [];
        public List<string> Steps { get; } = [];
    }

    private static async Task<T> WithRollupsAsync<T>(TestApp app, Func<RollupRebuild, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<RollupRebuild>());
    }

    private static async Task RandomChangeAsync(AppDbContext db, Random random, DateOnly today, Ids ids)
    {
        var (problems, complaints, visits, escalations) = (ids.Problems, ids.Complaints, ids.Visits, ids.Escalations);
        var county = Counties[random.Next(Counties.Length)];
        DateTime At() => ChinaTime.StartOfDayUtc(today.AddDays(-random.Next(0, 120))).AddHours(random.Next(0, 24));
        string Of(string[] values) => values[random.Next(values.Length)];
        switch (random.Next(15))
        {
            case 0 or 1:
            {
                var created = At();
                var p = new Problem
                {
                    RegionCode = county, TargetKind = "school", TargetName = "某校", Category = "其他", Description = "随机",
                    CreatedAt = created, Deadline = DateOnly.FromDateTime(created).AddDays(random.Next(-5, 40)),
                };
                db.Add(p);
                problems.Add(p.Id);
                break;
            }
            case 2 when problems.Count > 0:
            {
                var p = await db.Set<Problem>().FindAsync(Pick(random, problems));
                if (p is null) break;
                switch (random.Next(3))
                {
                    case 0:
                        p.Status = ProblemStatuses.Closed;
                        p.ClosedAt = At();
                        break;
                    case 1:
                        p.Status = ProblemStatuses.Rectifying;
                        p.ClosedAt = null;
                        break;
                    default:
                        p.Deadline = today.AddDays(random.Next(-20, 20));
                        break;
                }
                break;
            }
            case 3 when problems.Count > 0:
            {
                var p = await db.Set<Problem>().FindAsync(Pick(random, problems));
                if (p is not null) db.Remove(p);
                break;
            }
            case 4 or 5:
            {
                var c = new Complaint
                {
                    ReceiptHash = Guid.NewGuid().ToString("N"), RegionCode = county, TargetKind = "school", TargetName = "某校", Category = "其他", Content = "随机",
                    SubmittedAt = At(), AcceptDeadline = today.AddDays(5),
                };
                db.Add(c);
                complaints.Add(c.Id);
                break;
            }
            case 6 when complaints.Count > 0:
            {
                var c = await db.Set<Complaint>().FindAsync(Pick(random, complaints));
                if (c is null) break;
                switch (random.Next(4))
                {
                    case 0:
                        c.Status = ComplaintStatuses.Closed;
                        c.HandleDeadline = today.AddDays(random.Next(-30, 30));
                        c.ClosedAt = At();
                        break;
                    case 1:
                        c.Status = ComplaintStatuses.Rejected;
                        c.RejectedAt = At();
                        break;
                    case 2:
                        c.RegionCode = Counties[random.Next(Counties.Length)];
                        break;
                    default:
                        c.Status = ComplaintStatuses.Accepted;
                        c.HandleDeadline = today.AddDays(10);
                        break;
                }
                break;
            }
            case 7:
            {
                var day = DateOnly.FromDateTime(At());
                var v = new Visit { RegionCode = county, TargetKind = Kinds[random.Next(2)], TargetId = "t" + random.Next(30), Date = day, Month = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) };
                db.Add(v);
                visits.Add(v.Id);
                // Like the visit service: the month's first visit of a target marks it; a mark there already is kept.
                db.AddIfAbsent(new CoverageMark { Month = v.Month, TargetKind = v.TargetKind, TargetId = v.TargetId + county, RegionCode = county, VisitId = v.Id, VisitedOn = day });
                break;
            }
            case 8 when visits.Count > 0:
            {
                var v = await db.Set<Visit>().FindAsync(Pick(random, visits));
                if (v is null) break;
                if (random.Next(2) == 0) db.Remove(v);
                else v.Month = today.AddMonths(-random.Next(3)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                break;
            }
            case 9:
            {
                var mark = await db.Set<CoverageMark>().OrderBy(m => m.VisitId).Skip(random.Next(5)).FirstOrDefaultAsync();
                if (mark is not null) db.Remove(mark);
                break;
            }
            case 10:
            {
                var e = new EscalationRecord
                {
                    RegionCode = county, TargetKind = "school", TargetName = "某校", Reason = "随机",
                    Level = EscalationLevels.All[random.Next(EscalationLevels.All.Length)], DecidedOn = DateOnly.FromDateTime(At()),
                };
                db.Add(e);
                escalations.Add(e.Id);
                break;
            }
            case 11 when escalations.Count > 0:
            {
                var e = await db.Set<EscalationRecord>().FindAsync(Pick(random, escalations));
                if (e is not null) db.Remove(e);
                break;
            }
            case 12:
            {
                var kind = Of(StepKinds);
                var states = kind switch { "status" => Statuses, "licence" => Licences, _ => Categories };
                var e = new InstitutionEvent
                {
                    RegionCode = county, TargetId = "i" + random.Next(30), Kind = kind, FromState = Of(states), ToState = Of(states),
                    StatusBefore = Of(Statuses), LicenceBefore = Of(Licences), CategoryBefore = Of(Categories),
                    OccurredOn = DateOnly.FromDateTime(At()), Reason = "随机", RecordedAt = At(), RecordedBy = "test",
                };
                db.Add(e);
                ids.Steps.Add(e.Id);
                break;
            }
            case 13 when ids.Steps.Count > 0:
            {
                var e = await db.Set<InstitutionEvent>().FindAsync(Pick(random, ids.Steps));
                if (e is not null) db.Remove(e);
                break;
            }
            case 14:
            {
                // Like the letterhead service: a number is issued once per document; a clash on the sequence inserts nothing.
                var day = DateOnly.FromDateTime(At());
                db.AddIfAbsent(new DocumentNumber
                {
                    RegionCode = county, Kind = Of(DocumentKinds), RecordId = "p" + random.Next(40), Year = day.Year, Sequence = random.Next(1, 30),
                    Number = "测试", OfficeName = "测试", IssuedOn = day,
                });
                break;
            }
        }
    }
}
