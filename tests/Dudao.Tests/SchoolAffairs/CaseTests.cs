using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Platform.Notices;
using Dudao.Modules.SchoolAffairs.Domain;
using Microsoft.EntityFrameworkCore;
using static Dudao.Tests.SchoolAffairs.SchoolAffairsApi;

namespace Dudao.Tests.SchoolAffairs;

public sealed class CaseTests
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("我校推行分层作业，每天书面作业控制在规定时长内，家长满意度明显提高。", 3));

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_submits_the_office_publishes_and_the_public_library_shows_it(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (_, _, school) = await NewSchoolAsync(app);
        var title = "分层作业实践" + Guid.NewGuid().ToString("N")[..6];

        await ShouldRefuseAsync(await school.PostAsJsonAsync("/api/cases", new { title, category = "作业设计与管理", text = "太短" }), "text", "不少于50字");
        await ShouldRefuseAsync(await school.PostAsJsonAsync("/api/cases", new { title, category = "体育", text = Body }), "category", "类别应为");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" }, { new StringContent("作业设计与管理"), "category" }, { new StringContent(Body), "text" },
            { new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]), "files", "做法.pdf" },
        };
        var created = await school.PostAsync("/api/cases", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var item = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = item.GetProperty("id").GetString();
        item.GetProperty("attachments").GetArrayLength().ShouldBe(1);
        item.GetProperty("status").GetString().ShouldBe("submitted");

        (await (await app.ApiAsync("spb-admin")).GetAsync($"/api/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await school.PostAsync($"/api/cases/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = app.CreateClient();
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/public/cases")).EnumerateArray().ShouldNotContain(c => c.GetProperty("title").GetString() == title);

        var office = await app.ApiAsync("jlp-admin");
        (await OkAsync(await office.PostAsync($"/api/cases/{id}/publish", null))).GetProperty("status").GetString().ShouldBe("published");
        (await office.PostAsync($"/api/cases/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var published = (await anonymous.GetFromJsonAsync<JsonElement>("/api/public/cases")).EnumerateArray().Single(c => c.GetProperty("title").GetString() == title);
        published.GetProperty("author").GetString()!.ShouldStartWith("校务测试学校");
        (await anonymous.GetStringAsync("/public/cases")).ShouldContain(title);

        // An inspector may send one in too; the office files it without publishing.
        var inspector = await app.ApiAsync("jlp-duxue");
        var sent = await inspector.PostAsJsonAsync("/api/cases", new { title = "督学视角" + title, category = "课后服务", text = Body });
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var inspectorCase = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await OkAsync(await office.PostAsJsonAsync($"/api/cases/{inspectorCase}/file", new { note = "已阅" }))).GetProperty("status").GetString().ShouldBe("filed");
        (await office.PostAsJsonAsync("/api/cases", new { title, category = "其他", text = Body })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Schools_that_have_not_submitted_this_quarter_are_listed_reminded_once_and_owe_a_todo(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var (done, _, doneSchool) = await NewSchoolAsync(app);
        var (owing, _, owingSchool) = await NewSchoolAsync(app);
        // A case from last quarter does not count for this one.
        await app.WithDbAsync(db =>
        {
            db.Add(new ExcellentCase
            {
                RegionCode = Jiulongpo, TargetId = owing, SubmitterKind = "school", SubmitterId = owing, SubmitterName = "上季度", Title = "上季度案例",
                Category = "其他", Text = Body, Quarter = "2026-3", SubmittedAt = new DateTime(2026, 9, 30, 2, 0, 0, DateTimeKind.Utc), SubmittedBy = "test",
            });
            return db.SaveChangesAsync();
        });
        (await doneSchool.PostAsJsonAsync("/api/cases", new { title = "本季度案例", category = "其他", text = Body })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var office = await app.ApiAsync("jlp-admin");
        var missing = await office.GetFromJsonAsync<JsonElement>("/api/cases/missing");
        missing.GetProperty("quarter").GetString().ShouldBe("2026-4");
        var ids = missing.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("schoolId").GetString()).ToList();
        ids.ShouldContain(owing);
        ids.ShouldNotContain(done);
        (await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/cases/missing")).GetProperty("schools").EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("schoolId").GetString() == owing);

        var first = await OkAsync(await office.PostAsync("/api/cases/reminders", null));
        first.GetProperty("sent").GetInt32().ShouldBe(ids.Count);
        (await OkAsync(await office.PostAsync("/api/cases/reminders", null))).GetProperty("sent").GetInt32().ShouldBe(0);
        (await app.WithDbAsync(db => db.Set<Notice>().IgnoreQueryFilters().CountAsync(n => n.OrgRefId == owing && n.Title.Contains("优秀案例"))))
            .ShouldBe(1);

        async Task<string> Todos(HttpClient client) => string.Join("\n", Strings(await client.GetFromJsonAsync<JsonElement>("/api/me/todos")));
        (await Todos(owingSchool)).ShouldContain("报送2026年第四季度“双减”优秀案例");
        (await Todos(doneSchool)).ShouldNotContain("优秀案例");
        (await Todos(office)).ShouldContain("审核优秀案例");
    }
}
