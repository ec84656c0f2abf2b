using System.Diagnostics;
using Dudao.Core.Time;
using Dudao.Data;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Indicators.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Platform.PublicContacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dudao.Modules.Demo.History;

/// <summary>
/// A year of office life for the demo (<c>Dudao:Demo:History</c>): visits across both districts with
/// gaps, problems in every state, complaints, escalations, self-assessment rounds and notices. The
/// same seed gives the same story; its dates count back from today's clock so the demo looks current.
/// Written through the entities, one SaveChanges per kind (ADR-070).
/// </summary>
public sealed class DemoHistory(AppDbContext db, TimeProvider clock, ILogger<DemoHistory> log)
{
    public const int Seed = 2026;

    public async Task WriteAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var story = await LoadAsync(ct);

        var visits = VisitHistory.Write(story, db);
        await db.SaveChangesAsync(ct);
        var problems = ProblemHistory.Write(story, visits, db);
        await db.SaveChangesAsync(ct);
        var complaints = ComplaintHistory.Write(story, db);
        EscalationHistory.Write(story, problems, db);
        SelfAssessmentHistory.Write(story, db);
        InstitutionLifeHistory.Write(story, db);
        await NoticeHistory.WriteAsync(story, problems, complaints, db, ct);
        // The public home names who runs the service (ADR-071), as each demo office would have set it.
        db.AddRange(
            new PublicContact { RegionCode = DemoData.Chongqing, Authority = "重庆市人民政府教育督导室", Hotline = PublicContact.DefaultHotline },
            new PublicContact { RegionCode = DemoData.Jiulongpo, Authority = "九龙坡区人民政府教育督导室", Hotline = PublicContact.DefaultHotline },
            new PublicContact { RegionCode = DemoData.Shapingba, Authority = "沙坪坝区人民政府教育督导室", Hotline = PublicContact.DefaultHotline });
        ReturnHistory.Write(story, db);
        TrainingHistory.Write(story, db);
        SchoolAffairsHistory.Write(story, db);
        SurveyHistory.Write(story, db);
        TaskHistory.Write(story, db);
        CampaignHistory.Write(story, db);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Demo history written in {Seconds:0.0} s: {Visits} visits, {Problems} problems", watch.Elapsed.TotalSeconds, visits.Count, problems.Count);
    }

    private async Task<DemoStory> LoadAsync(CancellationToken ct)
    {
        var schools = await db.Set<School>().IgnoreQueryFilters().OrderBy(s => s.Code).ToListAsync(ct);
        var institutions = await db.Set<Institution>().IgnoreQueryFilters().OrderBy(i => i.Uscc).ToListAsync(ct);
        var inspectors = await db.Set<Inspector>().IgnoreQueryFilters().ToDictionaryAsync(i => i.Id, ct);
        var assigned = await db.Set<Assignment>().IgnoreQueryFilters().ToDictionaryAsync(a => a.TargetId, a => a.InspectorId, ct);
        var departments = await db.Set<Department>().IgnoreQueryFilters().ToListAsync(ct);
        var templates = await db.Set<IndicatorTemplate>().IgnoreQueryFilters()
            .Where(t => t.Key == IndicatorTemplate.SchoolKey || t.Key == IndicatorTemplate.InstitutionKey)
            .OrderByDescending(t => t.Year).ToListAsync(ct);
        var duxue = await db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == "jlp-duxue").Select(u => u.OrgRefId).FirstAsync(ct);
        return new DemoStory(new Random(Seed), clock.Today(), clock.GetUtcNow().UtcDateTime, schools, institutions, inspectors, assigned, departments,
            templates.First(t => t.Key == IndicatorTemplate.SchoolKey).Id, templates.First(t => t.Key == IndicatorTemplate.InstitutionKey).Id, duxue!);
    }
}
