using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Platform;

public sealed class VacationTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_follows_the_province_vacations_until_it_sets_its_own_for_the_year(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var province = await app.ApiAsync("admin");
        var jlp = await app.ApiAsync("jlp-admin");
        (await province.PostAsJsonAsync("/api/vacations", new { regionCode = "500000", name = "2027年寒假", from = "2027-01-23", to = "2027-02-21" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        async Task<bool> IsVacation(string region, DateOnly day)
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SchoolVacations>().IsSchoolVacationAsync(region, day, CancellationToken.None);
        }
        (await IsVacation("500107", new DateOnly(2027, 2, 1))).ShouldBeTrue("九龙坡区 follows 重庆市");
        (await IsVacation("500107", new DateOnly(2027, 2, 22))).ShouldBeFalse();

        var own = await jlp.PostAsJsonAsync("/api/vacations", new { name = "九龙坡区寒假", from = "2027-01-16", to = "2027-02-14" });
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await IsVacation("500107", new DateOnly(2027, 2, 20))).ShouldBeFalse("its own calendar replaces the province's for 2027");
        (await IsVacation("500107", new DateOnly(2027, 1, 16))).ShouldBeTrue();
        (await IsVacation("500106", new DateOnly(2027, 2, 20))).ShouldBeTrue("沙坪坝区 still follows 重庆市");

        var listed = await jlp.GetFromJsonAsync<JsonElement>("/api/vacations?year=2027");
        listed.EnumerateArray().Single().GetProperty("setAt").GetString().ShouldBe("500107");

        var spb = await app.ApiAsync("spb-admin");
        var id = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await spb.DeleteAsync($"/api/vacations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var outside = await spb.PostAsJsonAsync("/api/vacations", new { regionCode = "500107", name = "越权", from = "2027-07-01", to = "2027-08-31" });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("regionCode");
        var reversed = await jlp.PostAsJsonAsync("/api/vacations", new { name = "颠倒", from = "2027-08-31", to = "2027-07-01" });
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync()).ShouldContain("截止日期不能早于起始日期");
        (await (await app.ApiAsync("jlp-jjk")).PostAsJsonAsync("/api/vacations", new { name = "科室", from = "2027-07-01", to = "2027-08-31" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await jlp.DeleteAsync($"/api/vacations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IsVacation("500107", new DateOnly(2027, 2, 20))).ShouldBeTrue("back to the province's");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_settings_page_adds_a_vacation_and_names_a_bad_field(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var county = await app.PagesAsync("spb-admin");
        var bad = await county.SubmitAsync("/staff/settings", "#vacation-form", new() { ["Vacation.Name"] = "", ["Vacation.From"] = "2026-07-10", ["Vacation.To"] = "2026-08-31" });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("请填写名称");
        var saved = await county.SubmitAsync("/staff/settings", "#vacation-form",
            new() { ["Vacation.Name"] = "沙坪坝区暑假", ["Vacation.From"] = "2026-07-10", ["Vacation.To"] = "2026-08-31" });
        var html = await saved.Content.ReadAsStringAsync();
        html.ShouldContain("假期已保存");
        html.ShouldContain("沙坪坝区暑假");
    }
}
