using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class PublicInstitutionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Anyone_looks_an_institution_up_by_name_or_code_and_sees_its_lists_with_dates(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pxjg = await app.ApiAsync("jlp-pxjg");
        var uscc = Institutions.NewUscc();
        var name = $"公开查询测试{uscc[^6..]}";
        var id = await InstitutionLifecycleTests.CreateAsync(pxjg, Institutions.Body(uscc, name));

        var white = await pxjg.PostAsJsonAsync($"/api/institutions/{id}/list-entries", new { list = "white", on = "2026-09-01", reason = "证照齐全，年检合格" });
        white.StatusCode.ShouldBe(HttpStatusCode.OK, await white.Content.ReadAsStringAsync());
        var again = await pxjg.PostAsJsonAsync($"/api/institutions/{id}/list-entries", new { list = "white", on = "2026-09-02", reason = "重复" });
        (await InstitutionLifecycleTests.ErrorAsync(again, "list")).ShouldBe("该机构已在白名单中（2026-09-01列入）");

        var anonymous = app.CreateClient();
        var byName = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/institutions?q={Uri.EscapeDataString(name)}");
        byName.GetProperty("total").GetInt32().ShouldBe(1);
        var item = byName.GetProperty("items")[0];
        (item.GetProperty("uscc").GetString(), item.GetProperty("list").GetString(), item.GetProperty("listedOn").GetString()).ShouldBe((uscc, "white", "2026-09-01"));
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/public/institutions?list=white")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("uscc").GetString()).ShouldContain(uscc);

        var removed = await pxjg.PostAsJsonAsync($"/api/institutions/{id}/list-entries/removal", new { on = "2026-10-15", reason = "收费投诉查实" });
        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pxjg.PostAsJsonAsync($"/api/institutions/{id}/list-entries", new { list = "black", on = "2026-10-16", reason = "超标准预收费拒不整改" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var detail = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/institutions/{uscc.ToLowerInvariant()}");
        (detail.GetProperty("name").GetString(), detail.GetProperty("licence").GetString(), detail.GetProperty("status").GetString(), detail.GetProperty("list").GetString())
            .ShouldBe((name, "证照齐全", "正常", "black"));
        detail.GetProperty("fees").GetArrayLength().ShouldBe(0);
        var entries = detail.GetProperty("listEntries");
        (entries[0].GetProperty("list").GetString(), entries[0].GetProperty("enteredOn").GetString()).ShouldBe(("black", "2026-10-16"));
        (entries[1].GetProperty("enteredOn").GetString(), entries[1].GetProperty("removedOn").GetString(), entries[1].GetProperty("removalReason").GetString())
            .ShouldBe(("2026-09-01", "2026-10-15", "收费投诉查实"));
        detail.GetProperty("complaintUrl").GetString()!.ShouldStartWith("/complaints/new?targetKind=institution&regionCode=500107&targetName=");

        var wrongCheck = uscc[..17] + (uscc[17] == '0' ? '1' : '0');
        var bad = await anonymous.GetAsync($"/api/public/institutions/{wrongCheck}");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await InstitutionLifecycleTests.ErrorAsync(bad, "uscc")).ShouldContain("GB 32100");
        (await anonymous.GetAsync($"/api/public/institutions/{Institutions.NewUscc()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pages = new PageClient(app.CreateClient());
        var (response, page) = await pages.GetAsync($"/public/institutions?q={Uri.EscapeDataString(name)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#public-institutions")!.TextContent.ShouldContain("黑名单（2026-10-16列入）");
        var (_, profile) = await pages.GetAsync($"/public/institutions/{uscc}");
        profile.QuerySelector("#list-entries")!.TextContent.ShouldContain("2026-10-15 移出：收费投诉查实");
        profile.QuerySelector("#fees-empty").ShouldNotBeNull();
        var (_, complaint) = await pages.GetAsync(profile.QuerySelector("#complain")!.GetAttribute("href")!);
        complaint.QuerySelector("#Input-TargetName")!.GetAttribute("value").ShouldBe(name);

        var (invalid, invalidPage) = await pages.GetAsync($"/public/institutions?q={wrongCheck}");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        invalidPage.QuerySelector("#q-error")!.TextContent.ShouldContain("GB 32100");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_white_list_takes_only_licensed_operating_institutions_and_an_exit_ends_the_stay(DatabaseKind kind)
    {
        var pxjg = await TestApp.For(kind).ApiAsync("jlp-pxjg");
        var unlicensed = Institutions.Body(Institutions.NewUscc(), "白名单标准测试");
        unlicensed["licence"] = "无证有照";
        var refusedId = await InstitutionLifecycleTests.CreateAsync(pxjg, unlicensed);
        var refused = await pxjg.PostAsJsonAsync($"/api/institutions/{refusedId}/list-entries", new { list = "white", on = "2026-11-01", reason = "申请" });
        (await InstitutionLifecycleTests.ErrorAsync(refused, "list")).ShouldBe("列入白名单须证照齐全且正常办学，该机构为无证有照、正常");

        var id = await InstitutionLifecycleTests.CreateAsync(pxjg, Institutions.Body(Institutions.NewUscc(), "白名单退出测试"));
        (await pxjg.PostAsJsonAsync($"/api/institutions/{id}/list-entries", new { list = "white", on = "2026-10-01", reason = "合格" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await InstitutionLifecycleTests.StepAsync(pxjg, id, "停办", "2026-11-02", "停止办学")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var entries = await pxjg.GetFromJsonAsync<JsonElement>($"/api/institutions/{id}/list-entries");
        (entries[0].GetProperty("removedOn").GetString(), entries[0].GetProperty("removalReason").GetString()).ShouldBe(("2026-11-02", "机构停办"));
    }
}
