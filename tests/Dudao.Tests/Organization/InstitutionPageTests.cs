using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class InstitutionPageTests
{
    private const string Form = "#institution-form";

    private static Dictionary<string, string> Fields(string uscc, string name) => new()
    {
        ["Input.Uscc"] = uscc, ["Input.Name"] = name, ["Input.Category"] = "非学科类", ["Input.Kind"] = "科技",
        ["Input.Profit"] = "营利性", ["Input.Mode"] = "线下", ["Input.Licence"] = "证照齐全", ["Input.RegionCode"] = "500107",
        ["Input.Address"] = "重庆市九龙坡区表单路8号",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_shows_the_own_county_only_and_searches(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.PagesAsync("jlp-admin");
        var (response, page) = await jlp.GetAsync("/staff/institutions");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = page.Body!.TextContent;
        text.ShouldContain("九龙坡区启航艺术培训中心");
        text.ShouldNotContain("沙坪坝区");
        page.QuerySelectorAll("a").ShouldContain(a => a.TextContent.Trim() == "新增机构");

        var (_, found) = await jlp.GetAsync("/staff/institutions?q=" + Uri.EscapeDataString("博雅"));
        found.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        found.Body!.TextContent.ShouldContain("九龙坡区博雅体育培训中心");

        var (_, spbPage) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/institutions?regionCode=500107&q=" + Uri.EscapeDataString("启航"));
        spbPage.Body!.TextContent.ShouldNotContain("九龙坡区");
        spbPage.QuerySelectorAll("#regionCode option").Select(o => o.GetAttribute("value")).ShouldBe(["500106"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_institution_is_created_and_edited_through_the_form(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var uscc = Institutions.NewUscc();
        var created = await pages.SubmitAsync("/staff/institutions/new", Form, Fields(uscc, $"表单科技培训学校{uscc}"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldContain("/staff/institutions?saved=true");

        var (_, list) = await pages.GetAsync($"/staff/institutions?q={uscc}");
        var edit = list.QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;
        // The status is no field of the edit: it changes only as a dated step on the lifecycle page.
        var (_, editPage) = await pages.GetAsync(edit);
        editPage.QuerySelector("select[name='Input.Status']").ShouldBeNull();
        editPage.QuerySelector("a[href$='/lifecycle']").ShouldNotBeNull();
        var changed = await pages.SubmitAsync(edit, Form, new() { ["Input.Name"] = $"表单科技培训学校{uscc}（新址）" });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var institution = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/institutions?q={uscc}")).GetProperty("items")[0];
        institution.GetProperty("status").GetString().ShouldBe("正常");
        institution.GetProperty("name").GetString().ShouldBe($"表单科技培训学校{uscc}（新址）");
        institution.GetProperty("kind").GetString().ShouldBe("科技");
        institution.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_uscc_and_the_subject_rules_are_shown_in_chinese(DatabaseKind kind)
    {
        var pages = await TestApp.For(kind).PagesAsync("jlp-admin");
        var fields = Fields("91350100M000100Y44", "坏代码机构");
        fields["Input.Category"] = "学科类";
        var bad = await pages.SubmitAsync("/staff/institutions/new", Form, fields);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = PageClient.Parse(await bad.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.TextContent).ToList();
        errors.ShouldContain("统一社会信用代码校验位（第18位）错误：应为“3”");
        errors.ShouldContain("学科类机构不填细类");
        errors.ShouldContain("学科类机构应为非营利性");
        page.QuerySelector("#Input-Uscc")!.GetAttribute("value").ShouldBe("91350100M000100Y44");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_countys_institution_is_not_found_by_url(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlpInstitution = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/institutions")).GetProperty("items")[0];
        var edit = $"/staff/institutions/{jlpInstitution.GetProperty("id").GetString()}/edit";
        var spb = await app.PagesAsync("spb-admin");
        var (response, page) = await spb.GetAsync(edit);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Body!.TextContent.ShouldContain("不在您的数据范围内");
        page.Body.TextContent.ShouldNotContain(jlpInstitution.GetProperty("name").GetString()!);
        page.QuerySelector(Form).ShouldBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_view_only_department_and_an_institution_account_cannot_add(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jjk = await app.PagesAsync("jlp-jjk");
        var (_, list) = await jjk.GetAsync("/staff/institutions");
        list.Body!.TextContent.ShouldContain("九龙坡区启航艺术培训中心");
        list.QuerySelectorAll("a").ShouldNotContain(a => a.TextContent.Trim() == "新增机构");

        var uscc = Institutions.NewUscc();
        var fields = Fields(uscc, "越权新增机构").Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("_handler", "institution"));
        // 基教科 holds the department's registry permission, but institutions are not in its remit.
        var (denied, deniedPage) = await jjk.GetAsync("/staff/institutions/new");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deniedPage.QuerySelector(Form).ShouldBeNull();
        var post = await jjk.Http.PostAsync("/staff/institutions/new", new FormUrlEncodedContent(fields));
        post.IsSuccessStatusCode.ShouldBeFalse();
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/institutions?q={uscc}")).GetProperty("total").GetInt32().ShouldBe(0);

        var (_, own) = await (await app.PagesAsync("jlp-jg")).GetAsync("/staff/institutions");
        own.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        own.Body!.TextContent.ShouldContain("九龙坡区启航艺术培训中心");
    }
}
