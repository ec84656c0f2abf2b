using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Calendar;
using Dudao.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Reporting;

/// <summary>The complaints warning compares a vacation month with the vacation months before it, a term month with term months.</summary>
public sealed class VacationBaselineTests
{
    private const string County = "500108";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_vacation_month_is_compared_with_vacations_and_a_term_month_with_term_months(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        // 寒暑假 of the county: February and July–August are vacation months (at least half their days), January is not.
        // A term month brings 30 complaints, a vacation month 3.
        await app.WithDbAsync(async db =>
        {
            foreach (var (from, to) in new[] { ("2026-01-20", "2026-02-20"), ("2026-07-05", "2026-08-31"), ("2027-01-25", "2027-02-28"), ("2027-07-04", "2027-08-31") })
            {
                db.Add(new SchoolVacation { RegionCode = County, Name = "假期", From = Day(from), To = Day(to) });
            }
            await db.Set<RegionRollup>().Where(r => r.RegionCode == County && r.Metric == RollupMetrics.ComplaintsReceived).ExecuteDeleteAsync();
            for (var m = new DateOnly(2026, 8, 1); m < new DateOnly(2027, 10, 1); m = m.AddMonths(1))
            {
                var vacation = m.Month is 2 or 7 or 8;
                var value = m == new DateOnly(2027, 8, 1) ? 10 : m == new DateOnly(2027, 9, 1) ? 25 : vacation ? 3 : 30;
                db.Add(new RegionRollup { RegionCode = County, Month = m.ToString("yyyy-MM", CultureInfo.InvariantCulture), Metric = RollupMetrics.ComplaintsReceived, Value = value });
            }
            return await db.SaveChangesAsync();
        });

        // 20 August: 10 complaints so far against 3 a vacation month (the plain trailing average of May–July, 21, would not warn).
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 8, 20, 2, 0, 0, TimeSpan.Zero));
        var august = await ComplaintWarningAsync(app, "2027-08");
        august.ShouldNotBeNull();
        august.ShouldContain("此前假期月份（8月、2月、7月）月均 3.0 件");

        // 20 September: 25 so far against 30 a term month (April–June) is no warning (the plain average of June–August, 14.3, would warn).
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 9, 20, 2, 0, 0, TimeSpan.Zero));
        (await ComplaintWarningAsync(app, "2027-09")).ShouldBeNull();

        // Without vacations set for the county or above it, the plain trailing average stands and September warns.
        await app.WithDbAsync(db => db.Set<SchoolVacation>().IgnoreQueryFilters().ExecuteDeleteAsync());
        (await ComplaintWarningAsync(app, "2027-09")).ShouldNotBeNull().ShouldContain("此前（6月、7月、8月）月均 14.3 件");
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string?> ComplaintWarningAsync(TestApp app, string month)
    {
        var warnings = await (await app.ApiAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/warnings?regionCode={County}&month={month}");
        return warnings.EnumerateArray().Where(w => w.GetProperty("regionCode").GetString() == County && w.GetProperty("kind").GetString() == "complaints")
            .Select(w => w.GetProperty("message").GetString()).SingleOrDefault();
    }
}
