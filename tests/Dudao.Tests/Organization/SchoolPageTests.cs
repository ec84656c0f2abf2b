using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Organization;

public sealed class SchoolPageTests
{
    private const string Form = "#school-form";

    private static string NewCode() => "2150" + Random.Shared.Next(0, 999999).ToString("000000", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(string code, string name) => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = name, ["Input.Type"] = "小学", ["Input.Ownership"] = "公办",
        ["Input.RegionCode"] = "500107", ["Input.Zone"] = "第二责任区", ["Input.Pupils"] = "321", ["Input.Teachers"] = "21",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_shows_the_own_county_only_and_searches(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.PagesAsync("jlp-admin");
        var (response, page) = await jlp.GetAsync("/staff/schools");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = page.Body!.TextContent;
        text.ShouldContain("重庆市九龙坡区杨家坪小学校");
        text.ShouldNotContain("沙坪坝区");
        page.QuerySelectorAll("#regionCode option").Select(o => o.GetAttribute("value")).ShouldBe(["500107"]);
        page.QuerySelectorAll("a").ShouldContain(a => a.TextContent.Trim() == "新增学校");
        page.QuerySelector("a[href='/staff/schools/import']").ShouldNotBeNull();

        var (_, found) = await jlp.GetAsync("/staff/schools?q=" + Uri.EscapeDataString("谢家湾"));
        found.QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        found.Body!.TextContent.ShouldContain("重庆市九龙坡区谢家湾小学校");

        var (_, spbPage) = await (await app.PagesAsync("spb-admin")).GetAsync("/staff/schools?regionCode=500107&q=" + Uri.EscapeDataString("杨家坪"));
        spbPage.Body!.TextContent.ShouldNotContain("杨家坪");
        spbPage.QuerySelectorAll("#regionCode option").Select(o => o.GetAttribute("value")).ShouldBe(["500106"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_is_created_and_edited_through_the_form(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var code = NewCode();
        var created = await pages.SubmitAsync("/staff/schools/new", Form, Fields(code, $"表单小学{code}"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldContain("/staff/schools?saved=true");

        var (_, list) = await pages.GetAsync($"/staff/schools?q={code}&saved=true");
        list.Body!.TextContent.ShouldContain("学校信息已保存");
        var edit = list.QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;
        edit.ShouldEndWith("/edit");

        var (_, form) = await pages.GetAsync(edit);
        ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input-Zone")!).Value.ShouldBe("第二责任区");
        var changed = await pages.SubmitAsync(edit, Form, new() { ["Input.Name"] = $"表单小学{code}（新）", ["Input.Pupils"] = "400" });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var api = await app.ApiAsync("jlp-admin");
        var school = (await api.GetFromJsonAsync<JsonElement>($"/api/schools?q={code}")).GetProperty("items")[0];
        school.GetProperty("name").GetString().ShouldBe($"表单小学{code}（新）");
        school.GetProperty("pupils").GetInt32().ShouldBe(400);
        school.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_and_stale_edits_are_shown_on_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var fields = Fields("2111100001", "");
        fields["Input.Pupils"] = "很多";
        var bad = await pages.SubmitAsync("/staff/schools/new", Form, fields);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = PageClient.Parse(await bad.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.TextContent).ToList();
        errors.ShouldContain("学校名称不能为空");
        errors.ShouldContain("学生数应为不小于0的整数");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input-Pupils")!).Value.ShouldBe("很多");

        var code = NewCode();
        (await pages.SubmitAsync("/staff/schools/new", Form, Fields(code, "并发页面学校"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, list) = await pages.GetAsync($"/staff/schools?q={code}");
        var edit = list.QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;
        (await pages.SubmitAsync(edit, Form, new() { ["Input.Name"] = "第一个人的修改" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await pages.SubmitAsync(edit, Form, new() { ["Input.Name"] = "第二个人的修改", ["Input.Version"] = "0" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_countys_school_is_not_found_by_url(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlpSchool = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>("/api/schools")).GetProperty("items")[0];
        var spb = await app.PagesAsync("spb-admin");
        var (response, page) = await spb.GetAsync($"/staff/schools/{jlpSchool.GetProperty("id").GetString()}/edit");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Body!.TextContent.ShouldContain("不在您的数据范围内");
        page.Body.TextContent.ShouldNotContain(jlpSchool.GetProperty("name").GetString()!);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_view_only_department_cannot_add(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jjk = await app.PagesAsync("jlp-jjk");
        var (response, list) = await jjk.GetAsync("/staff/schools");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Body!.TextContent.ShouldContain("重庆市九龙坡区杨家坪小学校");
        list.QuerySelectorAll("a").ShouldNotContain(a => a.TextContent.Trim() == "新增学校");
        list.QuerySelector("tbody a[href$='/edit']").ShouldBeNull("no edit links without the manage permission");

        var (newPage, _) = await jjk.GetAsync("/staff/schools/new");
        newPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        newPage.Headers.Location!.ToString().ShouldContain("/staff/denied");

        var code = NewCode();
        var fields = Fields(code, "越权新增学校").Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("_handler", "school"));
        var post = await jjk.Http.PostAsync("/staff/schools/new", new FormUrlEncodedContent(fields));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldContain("/staff/denied");
        (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/schools?q={code}")).GetProperty("total").GetInt32().ShouldBe(0);
    }
}
