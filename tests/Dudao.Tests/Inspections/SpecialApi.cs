using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Domain;
using Dudao.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Inspections;

/// <summary>Shared steps for plans, departments and inspectors of other levels: plan, visit, unit ids, new accounts.</summary>
internal static class SpecialApi
{
    /// <summary>The record (school, institution, inspector, department) a demo account belongs to.</summary>
    public static Task<string> UnitOfAsync(TestApp app, string userName) =>
        app.WithDbAsync(db => db.Set<User>().IgnoreQueryFilters().Where(u => u.UserName == userName).Select(u => u.OrgRefId!).SingleAsync());

    public static Task<string> DepartmentAsync(TestApp app, string regionCode, string name) =>
        app.WithDbAsync(db => db.Set<Department>().Where(d => d.RegionCode == regionCode && d.Name == name).Select(d => d.Id).SingleAsync());

    public static Task<List<string>> InstitutionsAsync(TestApp app, string regionCode) =>
        app.WithDbAsync(db => db.Set<Institution>().Where(i => i.RegionCode == regionCode).OrderBy(i => i.Uscc).Select(i => i.Id).ToListAsync());

    public static Task<List<string>> SchoolsAsync(TestApp app, string regionCode) =>
        app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == regionCode).OrderBy(s => s.Code).Select(s => s.Id).ToListAsync());

    /// <summary>Plans a special inspection and answers its id.</summary>
    public static async Task<string> PlanAsync(HttpClient planner, string name, string targetKind, IEnumerable<string> targetIds,
        IEnumerable<string> inspectorIds, string kind = "special")
    {
        var response = await planner.PostAsJsonAsync("/api/special-inspections", new
        {
            name, kind, targetKind, targetIds, inspectorIds, startsOn = "2026-11-02", endsOn = "2026-11-30",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static object Visit(string targetKind, string targetId, string kind, string? specialInspectionId = null, string[]? methods = null,
        string? finding = null) => new
    {
        targetKind, targetId, date = "2026-11-20", kind, specialInspectionId, methods = methods ?? ["campus-patrol", "document-review"],
        results = Array.Empty<object>(), summary = "直奔现场，查看课后服务和作业公示。",
        findings = finding is null ? Array.Empty<object>() : new object[] { new { text = finding, severity = "medium" } },
    };

    public static async Task<JsonElement> RecordAsync(HttpClient client, object visit)
    {
        var response = await client.PostAsJsonAsync("/api/visits", visit);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new account of a unit (department, inspector) created by its office; answers the user name.</summary>
    public static async Task<string> AccountAsync(HttpClient office, string orgKind, string orgRefId, string role)
    {
        var userName = UserAdminTests.NewName();
        var response = await office.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "测试账号", orgKind, orgRefId, roles = new[] { role }, password = UserAdminTests.GoodPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return userName;
    }

    /// <summary>A school of one's own, hung on no inspector yet (the demo schools all have one).</summary>
    public static async Task<string> CreateSchoolAsync(HttpClient office, string regionCode)
    {
        var response = await office.PostAsJsonAsync("/api/schools", new
        {
            code = "2150" + Random.Shared.Next(900000, 999999).ToString("000000", CultureInfo.InvariantCulture), name = "测试学校" + Guid.NewGuid().ToString("N")[..6], type = "小学",
            ownership = "公办", regionCode, pupils = 300, teachers = 20,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateInspectorAsync(HttpClient office, string regionCode)
    {
        var response = await office.PostAsJsonAsync("/api/inspectors", new { name = "测" + Guid.NewGuid().ToString("N")[..6], kind = "兼职", regionCode });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
