using Dudao.Modules.Indicators.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Inspections;

public sealed class HomeworkLimitTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_homework_limits_per_grade_are_the_checklists_C10_bands(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        using var scope = app.Services.CreateScope();
        var limits = await scope.ServiceProvider.GetRequiredService<HomeworkLimits>().ForCountyAsync("500107", CancellationToken.None);

        limits.ShouldBe([new GradeLimit(1, 2, 0), new GradeLimit(3, 6, 60), new GradeLimit(7, 9, 90)]);
        (HomeworkLimits.For(limits, 2), HomeworkLimits.For(limits, 6), HomeworkLimits.For(limits, 8), HomeworkLimits.For(limits, 11))
            .ShouldBe((0d, 60d, 90d, (double?)null));
    }
}
