using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.SchoolAffairs.SchoolAffairsApi;

namespace Dudao.Tests.SchoolAffairs;

public sealed class AfterSchoolTests
{
    private static object Plan(int days, int minutes, string end, string? extended, int pupils = 300, int teachers = 20) => new
    {
        daysPerWeek = days, minutesPerDay = minutes, endTime = end, extendedCareEnd = extended, weekendCare = true, holidayCare = false,
        eveningStudy = false, funding = "财政补助+家长自愿缴费", feePerTerm = 600m, teacherSubsidy = 50m, pupilsTakingPart = pupils, teachersTakingPart = teachers,
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task Five_plus_two_end_time_and_extended_care_are_checked_at_their_edges(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (id, _, school) = await NewSchoolAsync(app);
        var url = $"/api/schools/{id}/after-school?term=2026-1";

        var fine = await OkAsync(await school.PutAsJsonAsync(url, Plan(5, 120, "17:30", "20:30")));
        Rules(fine).ShouldBeEmpty();
        (fine.GetProperty("planned").GetBoolean(), fine.GetProperty("pupils").GetInt32()).ShouldBe((true, 400));

        var bad = await OkAsync(await school.PutAsJsonAsync(url, Plan(4, 119, "17:29", "20:31")));
        Rules(bad).ShouldBe(["after-school-days", "after-school-minutes", "after-school-end", "extended-care-late"]);
        bad.GetProperty("violations")[2].GetProperty("message").GetString().ShouldBe("课后服务17:29结束，早于本区域正常下班时间17:30（003 C16）");
        Rules(await OkAsync(await school.PutAsJsonAsync(url, Plan(5, 120, "17:30", null)))).ShouldBe(["extended-care-none"]);

        await ShouldRefuseAsync(await school.PutAsJsonAsync(url, Plan(5, 120, "17:30", "17:00")), "extendedCareEnd", "应晚于课后服务结束时间");
        await ShouldRefuseAsync(await school.PutAsJsonAsync(url, Plan(5, 120, "17:30", "20:00", pupils: 401)), "pupilsTakingPart", "超过学校登记的学生数400");
        await ShouldRefuseAsync(await school.PutAsJsonAsync(url, Plan(8, 120, "17:30", "20:00")), "daysPerWeek", "每周天数应为 0–7");
        (await (await app.ApiAsync("jlp-admin")).PutAsJsonAsync(url, Plan(5, 120, "17:30", "20:00"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("spb-admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-school")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>(url)).GetProperty("daysPerWeek").GetInt32().ShouldBe(5);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Participation_is_a_key_figure_and_fills_the_work_report_against_the_registry(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var (a, _, schoolA) = await NewSchoolAsync(app, pupils: 500, teachers: 40);
        var (b, _, schoolB) = await NewSchoolAsync(app, pupils: 300, teachers: 20);
        // TestApp.Now is 2026-11-23: the term 2026-1.
        await OkAsync(await schoolA.PutAsJsonAsync($"/api/schools/{a}/after-school", Plan(5, 120, "17:30", "20:00", pupils: 450, teachers: 30)));
        await OkAsync(await schoolB.PutAsJsonAsync($"/api/schools/{b}/after-school", Plan(5, 120, "17:30", "20:00", pupils: 150, teachers: 10)));
        // Another term's plan does not count.
        await OkAsync(await schoolB.PutAsJsonAsync($"/api/schools/{b}/after-school?term=2025-2", Plan(5, 120, "17:30", "20:00", pupils: 299, teachers: 19)));

        var (pupils, teachers) = await app.WithDbAsync(async db =>
        {
            var schools = await db.Set<School>().IgnoreQueryFilters().Where(s => s.RegionCode == Jiulongpo).ToListAsync();
            return (schools.Sum(s => s.Pupils), schools.Sum(s => s.Teachers));
        });
        var pupilRate = (600.0 / pupils * 100).ToString("0.0", CultureInfo.InvariantCulture);
        var teacherRate = (40.0 / teachers * 100).ToString("0.0", CultureInfo.InvariantCulture);

        var figures = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/me/key-figures");
        var figure = figures.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "after-school-pupils");
        figure.GetProperty("value").GetString().ShouldBe(pupilRate + "%");
        figure.GetProperty("note").GetString()!.ShouldContain($"600 / {pupils} 人");
        var own = await schoolA.GetFromJsonAsync<JsonElement>("/api/me/key-figures");
        own.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "after-school-pupils").GetProperty("value").GetString().ShouldBe("90.0%");

        var response = await (await app.ApiAsync("jlp-admin")).GetAsync($"/api/reports/work-report?regionCode={Jiulongpo}&from=2026-09-01&to=2026-11-23");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = Organization.ReductionTests.Text(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain($"参与课后服务义务教育学生600人，参与率{pupilRate}%；参与课后服务的教师40人，参与率{teacherRate}%");
    }
}
