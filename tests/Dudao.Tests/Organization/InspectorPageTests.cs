using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dudao.Modules.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Organization;

public sealed class InspectorPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_inspector_is_added_and_edited_through_the_form_with_chinese_errors(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var name = InspectorApi.NewName();

        var bad = await pages.SubmitAsync("/staff/inspectors/new", "[data-testid=inspector-form]",
            new() { ["Input.Name"] = name, ["Input.Phone"] = "110" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errorPage = PageClient.Parse(await bad.Content.ReadAsStringAsync());
        errorPage.QuerySelector(".field-error")!.TextContent.ShouldContain("应为11位手机号");
        errorPage.QuerySelector("#name")!.GetAttribute("value").ShouldBe(name);

        var created = await pages.SubmitAsync("/staff/inspectors/new", "[data-testid=inspector-form]",
            new() { ["Input.Name"] = name, ["Input.Kind"] = "兼职", ["Input.Phone"] = "023-68781234" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = (await pages.GetAsync($"/staff/inspectors?q={name}")).Document;
        var cells = list.QuerySelectorAll("tbody tr td").Select(td => td.TextContent).ToList();
        cells[..6].ShouldBe([name, "兼职", "九龙坡区", "023-68781234", "0", "0"]);

        var id = (await (await app.ApiAsync("jlp-admin")).GetFromJsonAsync<JsonElement>($"/api/inspectors?q={name}"))
            .GetProperty("items")[0].GetProperty("id").GetString();
        var edit = $"/staff/inspectors/{id}/edit";
        (await pages.GetAsync(edit)).Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value").ShouldBe("0");
        (await pages.SubmitAsync(edit, "[data-testid=inspector-form]", new() { ["Input.Kind"] = "专职" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A stale form (version 0 again) is refused with a message, not a 500.
        var stale = await pages.SubmitAsync(edit, "[data-testid=inspector-form]", new() { ["Input.Version"] = "0", ["Input.Name"] = "过时" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_assignments_page_saves_the_checked_boxes(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var api = await app.ApiAsync("jlp-admin");
        var id = await InspectorApi.CreateAsync(api, "500107");
        var schools = await InspectorApi.SchoolIdsAsync(app, "500107", 3);
        var institution = (await InspectorApi.InstitutionIdsAsync(app, "500107", 1))[0];
        var pages = await app.PagesAsync("jlp-admin");
        var url = $"/staff/inspectors/{id}/assignments";

        var (response, page) = await pages.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var boxes = page.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").ToList();
        // Other tests add schools to the shared app meanwhile: every offered box is a 九龙坡区 school, and the demo ones are all there.
        var offered = boxes.Where(b => b.Name == "Input.SchoolIds").Select(b => b.Value).ToHashSet();
        var county = await app.WithDbAsync(db => db.Set<School>().Where(s => s.RegionCode == "500107").Select(s => s.Id).ToListAsync());
        offered.ShouldBeSubsetOf(county);
        offered.Count.ShouldBeGreaterThanOrEqualTo(24, "every demo school of 九龙坡区 is offered");
        boxes.ShouldAllBe(b => !b.IsChecked);

        var saved = await PostChecked(pages, page, url, [.. schools[..2].Select(s => ("Input.SchoolIds", s)), ("Input.InstitutionIds", institution)]);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("已保存：挂牌学校 2 所，培训机构 1 个");
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        InspectorApi.Ids(detail.GetProperty("schools")).ShouldBe(schools[..2], ignoreOrder: true);
        InspectorApi.Ids(detail.GetProperty("institutions")).ShouldBe([institution]);

        (_, page) = await pages.GetAsync(url);
        page.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox]").Where(b => b.IsChecked).Select(b => b.Value)
            .ShouldBe([.. schools[..2], institution], ignoreOrder: true);

        // Unchecking everything posts no ids at all, which clears the assignments.
        (await PostChecked(pages, page, url, [])).StatusCode.ShouldBe(HttpStatusCode.OK);
        detail = await api.GetFromJsonAsync<JsonElement>($"/api/inspectors/{id}");
        detail.GetProperty("schools").GetArrayLength().ShouldBe(0);
        detail.GetProperty("institutions").GetArrayLength().ShouldBe(0);
    }

    /// <summary>Posts the assignments form as a browser would with exactly these boxes checked.</summary>
    private static Task<HttpResponseMessage> PostChecked(PageClient pages, IHtmlDocument page, string url, (string Name, string Value)[] checkedBoxes)
    {
        var form = page.QuerySelector("[data-testid=assignments-form]")!;
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(checkedBoxes.Select(b => new KeyValuePair<string, string>(b.Name, b.Value)))
            .Append(new("confirmed", "true"));
        return pages.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
