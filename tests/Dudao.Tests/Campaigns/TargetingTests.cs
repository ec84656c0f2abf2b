using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Complaints.Domain;
using Dudao.Modules.Indicators.Templates;
using Dudao.Modules.Inspections.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Modules.Rectification.Domain;
using Dudao.Tests.Inspections;
using Microsoft.Extensions.DependencyInjection;
using static Dudao.Tests.Campaigns.DrawApi;

namespace Dudao.Tests.Campaigns;

public sealed class TargetingTests
{
    private static readonly DateTime Nov10 = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// December 2026, counted at 2026-12-01 with the default weights (complaints 10, overdue 8, reopened 6, self-gap 5, unvisited month 3):
    /// A — reports in November (12/12) and September (10/12), a duplicate and a refused one not counted: 22/12 = 1.83 × 10 = 18.3, never visited 12 × 3 = 36 → 54.3;
    /// B — two overdue problems (a third closed) 2 × 8 = 16, one sent back 1 × 6 = 6, never visited 36 → 58;
    /// C — visited in November (0 months), its self-assessment one item above the inspector's 1 × 5 = 5 → 5.
    /// </summary>
    [Theory, ClassData(typeof(Databases))]
    public async Task The_ranking_and_each_parts_equal_a_hand_computation_and_the_office_accepts_its_own_list(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var schools = await SpecialApi.SchoolsAsync(app, "500107");
        var (a, b, c) = (schools[0], schools[1], schools[2]);
        await ConstructAsync(app, a, b, c);

        var office = await app.ApiAsync("jlp-admin");
        var ranking = await office.GetFromJsonAsync<JsonElement>("/api/targeting?regionCode=500107&month=2026-12");
        var rows = ranking.EnumerateArray().ToList();
        JsonElement Row(string id) => rows.Single(r => r.GetProperty("targetId").GetString() == id);
        decimal Points(string id, string part) => Row(id).GetProperty("parts").GetProperty(part).GetProperty("points").GetDecimal();

        rows[0].GetProperty("targetId").GetString().ShouldBe(b);
        rows[1].GetProperty("targetId").GetString().ShouldBe(a);
        Row(b).GetProperty("score").GetDecimal().ShouldBe(58m);
        (Points(b, "overdue"), Points(b, "reopened"), Points(b, "unvisitedMonths")).ShouldBe((16m, 6m, 36m));
        Row(a).GetProperty("score").GetDecimal().ShouldBe(54.3m);
        Row(a).GetProperty("parts").GetProperty("complaints").GetProperty("value").GetDecimal().ShouldBe(1.83m);
        Points(a, "complaints").ShouldBe(18.3m);
        Row(c).GetProperty("score").GetDecimal().ShouldBe(5m);
        (Points(c, "selfGap"), Points(c, "unvisitedMonths")).ShouldBe((5m, 0m));
        Row(a).GetProperty("unannounced").GetBoolean().ShouldBeTrue();
        Row(b).GetProperty("unannounced").GetBoolean().ShouldBeTrue();

        // The office keeps B and A, A unannounced; a draw by the ranking takes its pool from that list.
        await ShouldRefuseAsync(await office.PutAsJsonAsync("/api/targeting/accepted", new { regionCode = "500107", month = "2026-12", priorityIds = new[] { b }, unannouncedIds = new[] { a } }),
            "unannouncedIds", "应同时列入重点督导清单");
        (await office.PutAsJsonAsync("/api/targeting/accepted", new { regionCode = "500107", month = "2026-12", priorityIds = new[] { b, a }, unannouncedIds = new[] { a } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await office.GetFromJsonAsync<JsonElement>("/api/targeting/accepted?regionCode=500107&month=2026-12");
        accepted.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("targetId").GetString(), e.GetProperty("unannounced").GetBoolean()))
            .ShouldBe([(b, false), (a, true)]);
        var draw = await AnnounceAsync(office, new
        {
            regionCode = "500107", targetKind = "school", targetFilter = new { rankedMonth = "2026-12", top = 2 }, targetCount = 2, inspectorCount = 1, seed = "1", title = "按风险排序抽查",
        });
        draw.GetProperty("targets").EnumerateArray().Select(t => t.GetString()).Order().ShouldBe(new[] { a, b }.Order());

        // The settings page's weights move the score.
        (await office.PutAsJsonAsync("/api/rules/targeting.weight.unvisited-months", new { regionCode = "500107", value = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var reweighed = await office.GetFromJsonAsync<JsonElement>("/api/targeting?regionCode=500107&month=2026-12");
        reweighed.EnumerateArray().Single(r => r.GetProperty("targetId").GetString() == a).GetProperty("score").GetDecimal().ShouldBe(18.3m);

        // Another county sees nothing of 九龙坡区; a school has no access.
        (await (await app.ApiAsync("spb-admin")).GetAsync("/api/targeting?regionCode=500107&month=2026-12")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-school")).GetAsync("/api/targeting")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ShouldRefuseAsync(await office.GetAsync("/api/targeting?regionCode=500107&month=2026-13"), "month", "yyyy-MM");

        var pages = await app.PagesAsync("jlp-admin");
        var (response, page) = await pages.GetAsync("/staff/campaigns/targeting?regionCode=500107&month=2026-12");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector($"#targeting tr[data-target='{b}'] [data-score]")!.TextContent.ShouldBe("22"); // 58 less the 36 the unvisited months no longer weigh
        page.QuerySelector($"#targeting tr[data-target='{a}'] input[name=UnannouncedIds]")!.HasAttribute("checked").ShouldBeTrue();
    }

    private static async Task ConstructAsync(TestApp app, string a, string b, string c)
    {
        using var scope = app.Services.CreateScope();
        var tree = (await scope.ServiceProvider.GetRequiredService<TemplateService>().DefaultForAsync("school", "500107", default)).For("school");
        var items = tree.Items.Where(i => i.Rule.Kind == "yesno").Take(2).Select(i => i.Node.Code).ToList();
        await app.WithDbAsync(async db =>
        {
            Complaint Report(string target, DateTime at, string status = ComplaintStatuses.Received, string? duplicateOf = null) => new()
            {
                RegionCode = "500107", ReceiptHash = Guid.NewGuid().ToString("N"), TargetKind = "school", TargetName = "某校", MatchedKind = "school", MatchedId = target,
                TargetKey = target, Category = "课后作业", Content = "作业太多", Department = "基教科", Status = status, SubmittedAt = at,
                AcceptDeadline = DateOnly.FromDateTime(at).AddDays(5), DuplicateOfId = duplicateOf,
            };
            var first = Report(a, Nov10);
            db.AddRange(first, Report(a, new DateTime(2026, 9, 15, 2, 0, 0, DateTimeKind.Utc)), Report(a, Nov10, duplicateOf: first.Id),
                Report(a, Nov10, ComplaintStatuses.Rejected));

            Problem Open(string target, string status = ProblemStatuses.Open) => new()
            {
                RegionCode = "500107", TargetKind = "school", TargetId = target, TargetName = "某校", Category = "作业管理", Description = "作业超量",
                ResponsibleKind = "school", ResponsibleId = target, Status = status, Deadline = new DateOnly(2026, 11, 20), CreatedAt = Nov10.AddDays(-30), CreatedBy = "jlp-admin",
                ClosedAt = status == ProblemStatuses.Closed ? Nov10 : null,
            };
            var sentBack = Open(b);
            db.AddRange(sentBack, Open(b), Open(b, ProblemStatuses.Closed));
            db.Add(new ProblemStep
            {
                ProblemId = sentBack.Id, RegionCode = "500107", TargetId = b, Action = ProblemActions.VerifyFailed, FromStatus = ProblemStatuses.AwaitingVerification,
                ToStatus = ProblemStatuses.Rectifying, Note = "未整改到位", At = Nov10.AddDays(-9), UserName = "jlp-admin",
            });

            var round = new SelfAssessmentRound { RegionCode = "500107", Name = "秋季自评", TemplateId = tree.Template.Id, TargetKind = "school", Deadline = new DateOnly(2026, 11, 15), CreatedBy = "jlp-admin" };
            db.Add(round);
            db.Add(new SelfAssessment
            {
                RoundId = round.Id, RegionCode = "500107", TargetKind = "school", TargetId = c, TargetName = "某校", Status = SelfAssessment.Submitted, SubmittedAt = Nov10,
                Results = ItemResult.Serialize(items.Select(code => new ItemResult(code, "yes", null))),
            });
            db.Add(new Visit
            {
                RegionCode = "500107", TargetKind = "school", TargetId = c, TargetName = "某校", Date = new DateOnly(2026, 11, 5), Month = "2026-11", TemplateId = tree.Template.Id,
                Summary = "督导", CreatedAt = Nov10.AddDays(-5), CreatedBy = "jlp-admin",
                Results = ItemResult.Serialize([new ItemResult(items[0], "yes", null), new ItemResult(items[1], "no", null)]),
            });
            return await db.SaveChangesAsync();
        });
    }
}
