using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dudao.Modules.Training;
using Microsoft.Extensions.DependencyInjection;
using static Dudao.Tests.Training.TrainingApi;

namespace Dudao.Tests.Training;

public sealed class FilingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_files_its_fees_the_county_sends_them_back_then_approves_and_both_sides_are_told(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var institution = await app.ApiAsync("jlp-jg");
        var id = await InstitutionIdAsync(app, JlpUscc[0]);
        var filed = await CreatedAsync(await institution.PostAsJsonAsync($"/api/institutions/{id}/filings", FeeFiling("少儿美术基础班", 1800m, 24)));
        var filingId = filed.GetProperty("id").GetString()!;
        filed.GetProperty("status").GetString().ShouldBe("submitted");

        var reviewer = await app.ApiAsync("jlp-pxjg");
        (await reviewer.GetStringAsync("/api/filings?status=submitted")).ShouldContain(filingId);
        (await reviewer.GetStringAsync("/api/me/notices")).ShouldContain("待审核的收费标准备案");
        (await reviewer.GetStringAsync("/api/me/todos")).ShouldContain("filing-review");

        (await (await app.ApiAsync("jlp-jjk")).PostAsync($"/api/filings/{filingId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ShouldRefuseAsync(await reviewer.PostAsJsonAsync($"/api/filings/{filingId}/return", new { reason = " " }), "reason", "退回理由");
        var returned = await OkAsync(await reviewer.PostAsJsonAsync($"/api/filings/{filingId}/return", new { reason = "教材费应并入课程收费标准" }));
        returned.GetProperty("status").GetString().ShouldBe("returned");
        (await institution.GetStringAsync("/api/me/notices")).ShouldContain("教材费应并入课程收费标准");
        (await institution.GetStringAsync("/api/me/todos")).ShouldContain("filing-amend");
        (await reviewer.PostAsync($"/api/filings/{filingId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var amended = new { kind = "fee", title = "少儿美术基础班", fees = new[] { new { item = "学费（含教材）", price = 1880m, lessons = 24 } },
            version = returned.GetProperty("version").GetInt32() };
        (await OkAsync(await institution.PutAsJsonAsync($"/api/filings/{filingId}", amended))).GetProperty("status").GetString().ShouldBe("submitted");
        var approved = await OkAsync(await reviewer.PostAsync($"/api/filings/{filingId}/approve", null));
        approved.GetProperty("status").GetString().ShouldBe("approved");
        (await institution.GetStringAsync("/api/me/notices")).ShouldContain("收费标准备案已通过");
        (await reviewer.GetStringAsync("/api/me/todos")).ShouldNotContain("filing-review");

        // The public lookup (no login) shows the approved standard.
        var uscc = (await OkAsync(await reviewer.GetAsync($"/api/institutions/{id}"))).GetProperty("uscc").GetString();
        var fee = (await OkAsync(await app.CreateClient().GetAsync($"/api/public/institutions/{uscc}"))).GetProperty("fees").EnumerateArray().ShouldHaveSingleItem();
        fee.GetProperty("item").GetString().ShouldBe("学费（含教材）");
        fee.GetProperty("perLesson").GetDecimal().ShouldBe(78.33m);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Filings_are_checked_against_the_guidance_price_teacher_qualification_foreign_staff_and_the_model_contract(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        (await (await app.ApiAsync("jlp-admin")).PutAsJsonAsync($"/api/rules/{TrainingRules.GuidancePriceOffline}", new { regionCode = "500107", value = 50 }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var id = await InstitutionIdAsync(app, JlpUscc[3]);
        var subjectType = await InstitutionAccountAsync(app, id);
        var path = $"/api/institutions/{id}/filings";

        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, FeeFiling("初中数学", 600m, 10)), "fees[0].price", "高于本地区政府指导价 50 元/课时");
        await CreatedAsync(await subjectType.PostAsJsonAsync(path, FeeFiling("初中数学", 500m, 10)));
        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, new { kind = "fee", title = "初中数学", fees = new[] { new { item = "", price = 0m, lessons = 0 } } }),
            "fees[0].lessons", "课时数");
        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, new { kind = "staff", title = "数学教师", staff = new { name = "张老师", subject = "数学" } }),
            "staff.qualification", "教师资格");
        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, new
        {
            kind = "foreign-staff", title = "外籍教师", staff = new { name = "John Smith", subject = "英语口语", qualification = "20215000000001", nationality = "英国", workPermit = "W1234", inChina = false },
        }), "staff.inChina", "境外");
        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, new { kind = "contract", title = "培训服务合同", usesModelContract = false }),
            "usesModelContract", "示范文本");
        await ShouldRefuseAsync(await subjectType.PostAsJsonAsync(path, new { kind = "loan", title = "培训贷" }), "kind", "fee");
        await CreatedAsync(await subjectType.PostAsJsonAsync(path, new { kind = "contract", title = "重庆市中小学生校外培训服务合同（示范文本）2021版", usesModelContract = true }));
        await CreatedAsync(await subjectType.PostAsJsonAsync(path, new { kind = "material", title = "初中数学讲义", description = "自编讲义，适用七年级，与教材同步" }));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_county_and_another_institution_get_404_and_only_the_institution_files_for_itself(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var id = await InstitutionIdAsync(app, JlpUscc[0]);
        var filing = await CreatedAsync(await (await app.ApiAsync("jlp-jg")).PostAsJsonAsync($"/api/institutions/{id}/filings",
            new { kind = "material", title = "美术课件", description = "自编课件" }));
        var filingId = filing.GetProperty("id").GetString()!;

        var otherCounty = await app.ApiAsync("spb-pxjg");
        (await otherCounty.GetAsync($"/api/filings/{filingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounty.PostAsync($"/api/filings/{filingId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounty.GetAsync($"/api/institutions/{id}/filings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounty.GetAsync($"/api/institutions/{id}/fund")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounty.GetStringAsync("/api/filings")).ShouldNotContain(filingId);

        var otherInstitution = await InstitutionAccountAsync(app, await InstitutionIdAsync(app, JlpUscc[1]));
        (await otherInstitution.GetAsync($"/api/filings/{filingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherInstitution.GetAsync($"/api/institutions/{id}/filings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherInstitution.GetAsync($"/api/institutions/{id}/fund")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherInstitution.PostAsJsonAsync($"/api/institutions/{id}/filings", new { kind = "material", title = "冒名", description = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("jlp-pxjg")).PostAsJsonAsync($"/api/institutions/{id}/filings", new { kind = "material", title = "代填", description = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAsync("jlp-pxjg")).GetFromJsonAsync<JsonElement>($"/api/filings/{filingId}")).GetProperty("institutionName").GetString()
            .ShouldStartWith("九龙坡区");
    }
}
