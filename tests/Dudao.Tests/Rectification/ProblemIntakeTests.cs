using Dudao.Core.Errors;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Modules.Rectification.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Rectification;

public sealed class ProblemIntakeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_problem_gets_the_targets_inspector_and_a_working_day_deadline_by_severity(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        // The demo school with its assigned inspector; other tests add schools to the county without one.
        var schoolId = await Problems.UnitIdAsync(app, "jlp-school");
        var school = await app.WithDbAsync(db => db.Set<School>().SingleAsync(s => s.Id == schoolId));
        var inspector = await app.WithDbAsync(db => db.Set<Assignment>().Where(a => a.TargetId == school.Id).OrderBy(a => a.InspectorId).Select(a => a.InspectorId).FirstAsync());

        using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
        var intake = scope.ServiceProvider.GetRequiredService<ProblemIntake>();
        var problem = await intake.OpenAsync(new NewProblem("school", school.Id, null, "500107", ProblemSources.Inspection, "visit-1",
            "作业管理", ProblemSeverities.Medium, "三年级书面作业超时"), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();

        problem.TargetName.ShouldBe(school.Name);
        problem.InspectorId.ShouldBe(inspector);
        problem.Status.ShouldBe(ProblemStatuses.Open);
        // Monday 2026-11-23 + 20 working days.
        problem.Deadline.ShouldBe(new DateOnly(2026, 12, 21));
        (await app.WithDbAsync(db => db.Set<Problem>().AnyAsync(p => p.Id == problem.Id))).ShouldBeTrue();

        var empty = await Should.ThrowAsync<ValidationFailedException>(() => intake.OpenAsync(
            new NewProblem("other", null, " ", "500107", ProblemSources.Manual, null, "其他", ProblemSeverities.Low, "x"), CancellationToken.None));
        empty.Errors.ShouldContainKey("targetName");
    }
}
