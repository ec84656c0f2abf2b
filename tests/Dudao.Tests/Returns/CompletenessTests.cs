using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Returns.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Returns;

/// <summary>Expected, submitted, on time, late and missing units up the tree, and the reminder before the due day.</summary>
public sealed class CompletenessTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_county_and_the_city_see_who_is_on_time_late_or_missing_and_the_unsubmitted_are_reminded_once(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var office = await app.ApiAsync("jlp-admin");
        var school = await app.ApiAsync("jlp-school");
        var formId = await ReturnApi.DefineAsync(office, "课后服务月报", dueDay: 25);
        var schools = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500107").OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync());
        var schoolId = await Rectification.Problems.UnitIdAsync(app, "jlp-school");
        schools.Count.ShouldBeGreaterThan(3);

        // Monday 23 November: jlp-school submits, two days before the due day.
        var mine = await ReturnApi.MineAsync(school, formId);
        await school.PostAsJsonAsync($"/api/returns/{mine.GetProperty("id").GetString()}/submit", new { values = new Dictionary<string, string> { ["meetings"] = "2" } }).OkAsync();

        // The reminder (3 days before by default) goes to every other school of the county, once.
        var admin = await app.ApiAsync("admin");
        (await admin.PostAsync("/api/admin/jobs/return-reminders/run", null).OkAsync()).ToString().ShouldContain($"提醒 {schools.Count - 1} 个单位");
        (await admin.PostAsync("/api/admin/jobs/return-reminders/run", null).OkAsync()).ToString().ShouldContain("提醒 0 个单位");
        var reminded = await app.WithDbAsync(db => db.Set<Dudao.Modules.Platform.Notices.Notice>()
            .Where(n => n.DedupeKey!.StartsWith($"return-due:{formId}:2026-11:")).Select(n => n.OrgRefId).ToListAsync());
        reminded.ShouldBe(schools.Select(s => s.Id).Where(id => id != schoolId), ignoreOrder: true);

        // Another school's return comes on the 26th, a day late; one more is sent back and so not in.
        var lateId = schools.First(s => s.Id != schoolId).Id;
        var backId = schools.Last(s => s.Id != schoolId).Id;
        await app.WithDbAsync(async db =>
        {
            foreach (var (id, status) in new[] { (lateId, ReturnStatuses.Submitted), (backId, ReturnStatuses.SentBack) })
            {
                db.Add(new PeriodicReturn
                {
                    FormId = formId, Period = "2026-11", RegionCode = "500107", TargetKind = "school", TargetId = id, TargetName = schools.Single(s => s.Id == id).Name,
                    ReviewerRegion = "500107", Status = status, DueOn = new DateOnly(2026, 11, 25), FirstSubmittedAt = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc),
                    SubmittedAt = new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc), CreatedAt = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc),
                });
            }
            return await db.SaveChangesAsync();
        });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        // Sessions ended with the days that passed.
        office = await app.ApiAsync("jlp-admin");
        admin = await app.ApiAsync("admin");

        var county = await office.GetFromJsonAsync<JsonElement>($"/api/returns/completeness?formId={formId}&period=2026-11");
        county.GetProperty("expected").GetInt32().ShouldBe(schools.Count);
        county.GetProperty("submitted").GetInt32().ShouldBe(2);
        county.GetProperty("onTime").GetInt32().ShouldBe(1);
        county.GetProperty("missing").GetInt32().ShouldBe(schools.Count - 2);
        county.GetProperty("pastDue").GetBoolean().ShouldBeTrue();
        county.GetProperty("submittedRate").GetDouble().ShouldBe(Math.Round(200.0 / schools.Count, 1));
        county.GetProperty("onTimeRate").GetDouble().ShouldBe(Math.Round(100.0 / schools.Count, 1));
        var late = county.GetProperty("late").EnumerateArray().ToDictionary(l => l.GetProperty("unitId").GetString()!, l => l.GetProperty("status").GetString());
        late.Count.ShouldBe(schools.Count - 1);
        late[lateId].ShouldBe("late");
        late[backId].ShouldBe("missing");
        late.ShouldNotContainKey(schoolId);
        county.GetProperty("late").EnumerateArray().First(l => l.GetProperty("unitId").GetString() == lateId).GetProperty("unit").GetString()
            .ShouldBe(schools.Single(s => s.Id == lateId).Name);

        // Up the tree: the city sees the county as a child with the same figures.
        var city = await admin.GetFromJsonAsync<JsonElement>($"/api/returns/completeness?formId={formId}&period=2026-11&regionCode=500000");
        var child = city.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("regionCode").GetString() == "500107");
        (child.GetProperty("expected").GetInt32(), child.GetProperty("submitted").GetInt32(), child.GetProperty("onTime").GetInt32()).ShouldBe((schools.Count, 2, 1));
        city.GetProperty("expected").GetInt32().ShouldBe(schools.Count, "the form is 九龙坡区's: only its schools are expected");

        // Another county neither sees the form nor may ask about 九龙坡区.
        var spb = await app.ApiAsync("spb-admin");
        (await spb.GetAsync($"/api/returns/completeness?formId={formId}&period=2026-11")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.GetAsync($"/api/returns/completeness?formId=f0000000000000000000000000000001&period=2026-11&regionCode=500107")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await office.GetAsync($"/api/returns/completeness?formId={formId}&period=2026Q4").RefusedAsync(HttpStatusCode.BadRequest))
            .Errors("period").ShouldBe(["期间应为月报的写法，如 2026-10"]);
    }
}
