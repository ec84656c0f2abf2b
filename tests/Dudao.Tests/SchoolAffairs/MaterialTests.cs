using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dudao.Tests.SchoolAffairs.SchoolAffairsApi;

namespace Dudao.Tests.SchoolAffairs;

public sealed class MaterialTests
{
    private static object Item(string subject, int grade, string title) => new { subject, grade, title, publisher = "重庆出版社", edition = "2026年版", price = 18.5m };

    private static MultipartFormDataContent Filing(object filing, bool approval = true)
    {
        var form = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(filing)), "filing" } };
        if (approval) form.Add(new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]), "approvals", "校委会审查意见.pdf");
        return form;
    }

    private static List<string> Flags(JsonElement row) => row.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();

    [Theory, ClassData(typeof(Databases))]
    public async Task The_office_sees_filings_and_flags_none_filed_and_more_than_one_set_per_subject(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (filed, _, school) = await NewSchoolAsync(app);
        var (silent, _, _) = await NewSchoolAsync(app);
        var url = $"/api/schools/{filed}/materials?term=2026-1";

        await ShouldRefuseAsync(await school.PutAsync(url, Filing(new { items = new[] { Item("数学", 3, "同步练习") }, voluntaryConfirmed = false })),
            "voluntaryConfirmed", "自愿购买");
        await ShouldRefuseAsync(await school.PutAsync(url, Filing(new { items = new[] { Item("数学", 3, "同步练习") }, voluntaryConfirmed = true }, approval: false)),
            "approvals", "审批材料");
        await ShouldRefuseAsync(await school.PutAsJsonAsync(url, new { items = new[] { new { subject = "数学", grade = 3, title = "", publisher = "社", edition = "1", price = 0m } }, voluntaryConfirmed = true }),
            "items[0].title", "第1项：请填写书名");

        var saved = await OkAsync(await school.PutAsync(url, Filing(new
        {
            items = new[] { Item("数学", 3, "同步练习"), Item("数学", 3, "口算天天练"), Item("数学", 4, "同步练习"), Item("语文", 3, "阅读训练") },
            voluntaryConfirmed = true,
        })));
        saved.GetProperty("approvals").GetArrayLength().ShouldBe(1);
        var flag = saved.GetProperty("flags").EnumerateArray().ShouldHaveSingleItem();
        flag.GetProperty("message").GetString().ShouldBe("三年级数学征订教辅2套，超过每学科1套（000 §14）");
        // Filed again with one set, the approval already attached carries over and the flag goes.
        var fixedUp = await OkAsync(await school.PutAsJsonAsync(url, new { items = new[] { Item("数学", 3, "同步练习") }, voluntaryConfirmed = true }));
        fixedUp.GetProperty("flags").GetArrayLength().ShouldBe(0);
        await OkAsync(await school.PutAsync(url, Filing(new { items = new[] { Item("数学", 3, "同步练习"), Item("数学", 3, "口算天天练") }, voluntaryConfirmed = true })));

        var overview = await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/materials?term=2026-1");
        var rows = overview.GetProperty("schools").EnumerateArray().ToDictionary(s => s.GetProperty("schoolId").GetString()!, s => s);
        Flags(rows[filed]).ShouldBe(["material-sets"]);
        rows[filed].GetProperty("approvals").GetInt32().ShouldBe(2);
        Flags(rows[silent]).ShouldBe(["material-none"]);

        (await (await app.ApiAsync("spb-admin")).GetFromJsonAsync<JsonElement>("/api/materials?term=2026-1")).GetProperty("schools").EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("schoolId").GetString() == filed);
        (await (await app.ApiAsync("spb-admin")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await school.GetFromJsonAsync<JsonElement>("/api/materials?term=2026-1")).GetProperty("schools").GetArrayLength().ShouldBe(1);
        (await (await app.ApiAsync("jlp-admin")).PutAsJsonAsync(url, new { items = Array.Empty<object>(), voluntaryConfirmed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
