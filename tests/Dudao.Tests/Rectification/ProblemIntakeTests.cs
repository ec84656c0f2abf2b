using System.Globalization;
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
        // Its own school and inspector: parallel tests change the demo schools' assignments.
        var school = new School { Code = "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture), Name = "整改测试小学", Type = "小学", Ownership = "公办", RegionCode = "500107" };
        var inspector = new Inspector { Name = "整改测试督学", Kind = "兼职", RegionCode = "500107" };
        await app.WithDbAsync(db =>
        {
            db.AddRange(school, inspector, new Assignment { InspectorId = inspector.Id, TargetKind = "school", TargetId = school.Id, RegionCode = "500107" });
            return db.SaveChangesAsync();
        });

        using var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>());
        var intake = scope.ServiceProvider.GetRequiredService<ProblemIntake>();
        var problem = await intake.OpenAsync(new NewProblem("school", school.Id, null, "500107", ProblemSources.Inspection, "visit-1",
            "作业管理", ProblemSeverities.Medium, "三年级书面作业超时"), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();

        problem.TargetName.ShouldBe(school.Name);
        problem.InspectorId.ShouldBe(inspector.Id);
        problem.Status.ShouldBe(ProblemStatuses.Open);
        // Monday 2026-11-23 + 20 working days.
        problem.Deadline.ShouldBe(new DateOnly(2026, 12, 21));
        (await app.WithDbAsync(db => db.Set<Problem>().AnyAsync(p => p.Id == problem.Id))).ShouldBeTrue();

        var empty = await Should.ThrowAsync<ValidationFailedException>(() => intake.OpenAsync(
            new NewProblem("other", null, " ", "500107", ProblemSources.Manual, null, "其他", ProblemSeverities.Low, "x"), CancellationToken.None));
        empty.Errors.ShouldContainKey("targetName");
    }
}
