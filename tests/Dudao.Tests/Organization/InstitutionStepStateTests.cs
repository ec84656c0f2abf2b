using System.Net;
using System.Net.Http.Json;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Architecture;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

/// <summary>Each step keeps the state it was taken in, and migration 0104's back-fill (a replay of the history) gives the same.</summary>
public sealed class InstitutionStepStateTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_step_keeps_the_state_before_it_and_the_back_fill_replays_the_same(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("admin");
        var body = Institutions.Body(Institutions.NewUscc(), "状态回放测试中心");
        (body["category"], body["kind"], body["profit"], body["licence"]) = ("学科类", null, "非营利性", "无证有照");
        var id = await InstitutionLifecycleTests.CreateAsync(admin, body);
        (await InstitutionLifecycleTests.StepAsync(admin, id, "证照齐全", "2026-03-01", "重新审批登记")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var change = await admin.PostAsJsonAsync($"/api/institutions/{id}/transitions",
            new { to = "变更", on = "2026-04-01", reason = "转为艺术类", category = "非学科类", kind = "文化艺术" });
        change.StatusCode.ShouldBe(HttpStatusCode.OK, await change.Content.ReadAsStringAsync());
        (await InstitutionLifecycleTests.StepAsync(admin, id, "停办", "2026-05-01", "暂停办学")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (string Kind, string?, string?, string?)[] expected =
        [
            ("register", null, null, null),
            ("licence", "正常", "无证有照", "学科类"),
            ("change", "正常", "证照齐全", "学科类"),
            ("status", "正常", "证照齐全", "非学科类"),
        ];
        (await StatesAsync(app, id)).ShouldBe(expected);

        // The migration's back-fill, run again over this institution's steps with their state wiped.
        await app.WithDbAsync(db => db.Set<InstitutionEvent>().Where(e => e.TargetId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.StatusBefore, (string?)null).SetProperty(e => e.LicenceBefore, (string?)null).SetProperty(e => e.CategoryBefore, (string?)null)));
        var script = await File.ReadAllTextAsync(Path.Combine(ModuleBoundaryTests.RepositoryRoot(), "src", "Dudao.Data", "migrations",
            kind == DatabaseKind.Postgres ? "postgres" : "sqlite", "0104_institution_event_state.sql"));
        var update = script[script.IndexOf("UPDATE", StringComparison.Ordinal)..].TrimEnd().TrimEnd(';') + $" AND e.institution_id = '{id}'";
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(update));
        (await StatesAsync(app, id)).ShouldBe(expected);
    }

    private static async Task<(string, string?, string?, string?)[]> StatesAsync(TestApp app, string id)
    {
        var steps = await app.WithDbAsync(db => db.Set<InstitutionEvent>().Where(e => e.TargetId == id).ToListAsync());
        return [.. steps.OrderBy(e => e.Kind != "register").ThenBy(e => e.OccurredOn).Select(e => (e.Kind, e.StatusBefore, e.LicenceBefore, e.CategoryBefore))];
    }
}
