using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Returns;

/// <summary>The pages without script: a form rendered from its field types, Chinese field messages, confirmed review steps.</summary>
public sealed class ReturnPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_fills_on_the_page_and_the_county_accepts_only_once_confirmed(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var formId = await ReturnApi.DefineAsync(await app.ApiAsync("jlp-admin"), $"页面月报-{Guid.NewGuid():N}"[..16]);
        var id = (await ReturnApi.MineAsync(await app.ApiAsync("jlp-school"), formId)).GetProperty("id").GetString()!;
        var url = $"/staff/returns/{id}";

        var school = await app.PagesAsync("jlp-school");
        var (page, doc) = await school.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("#fill-form input[name='v.meetings'][inputmode=numeric]").ShouldNotBeNull();
        doc.QuerySelectorAll("#fill-form select[name='v.level'] option").Select(o => o.TextContent).ShouldBe(["请选择", "好", "较好", "一般"]);
        doc.QuerySelector("#fill-form textarea[name='v.note']").ShouldNotBeNull();

        var refused = await school.SubmitAsync(url, "#fill-form", new() { ["v.meetings"] = "三", ["Step"] = "submit" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var again = PageClient.Parse(await refused.Content.ReadAsStringAsync());
        again.QuerySelector("[data-field=meetings] .field-error")!.TextContent.ShouldContain("召开会议次数应为整数");
        ((AngleSharp.Html.Dom.IHtmlInputElement)again.QuerySelector("input[name='v.meetings']")!).Value.ShouldBe("三", "what was typed stays in the box");

        var submitted = await school.SubmitAsync(url, "#fill-form", new() { ["v.meetings"] = "4", ["v.level"] = "好", ["Step"] = "submit" });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var (_, done) = await school.GetAsync(url);
        done.QuerySelector("#fill-form").ShouldBeNull();
        done.QuerySelector("#return-timeliness")!.TextContent.ShouldContain("按时");
        done.QuerySelector("#return-values tr[data-key=meetings]")!.TextContent.ShouldContain("4");

        var office = await app.PagesAsync("jlp-admin");
        var (_, queue) = await office.GetAsync($"/staff/returns?status=submitted&formId={formId}");
        queue.QuerySelectorAll("#returns tbody tr[data-id]").Select(r => r.GetAttribute("data-id")).ShouldBe([id]);
        var unconfirmed = await office.SubmitAsync(url, "#accept-form", new());
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await unconfirmed.Content.ReadAsStringAsync()).QuerySelector("#accept-form")!.TextContent.ShouldContain("请勾选确认");
        (await office.SubmitAsync(url, "#accept-form", new() { ["confirmed"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, accepted) = await office.GetAsync(url);
        accepted.QuerySelector("#return-facts [data-status]")!.GetAttribute("data-status").ShouldBe("accepted");
        accepted.QuerySelectorAll("#return-history tr[data-action]").Select(r => r.GetAttribute("data-action")).ShouldBe(["submit", "accept"]);
        accepted.QuerySelector("#unlock-form").ShouldNotBeNull();

        var (_, locked) = await school.GetAsync(url);
        locked.QuerySelector("#locked-note").ShouldNotBeNull();
        (await (await app.PagesAsync("spb-admin")).GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, report) = await office.GetAsync($"/staff/returns/completeness?formId={formId}&period=2026-11");
        report.QuerySelector("[data-figure=submitted]")!.TextContent.ShouldBe("1");
        report.QuerySelector("[data-figure=onTime]")!.TextContent.ShouldBe("1");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_office_defines_a_form_on_the_page_and_refused_rows_are_named(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var office = await app.PagesAsync("jlp-admin");
        var name = $"广告清理月报-{Guid.NewGuid():N}"[..17];
        var refused = await office.SubmitAsync("/staff/returns/forms/new", "#form-form", new()
        {
            ["Input.Name"] = name, ["Input.Fillers"] = "department",
            ["Input.Fields[0].Key"] = "adverts", ["Input.Fields[0].Label"] = "清理违规广告（份）", ["Input.Fields[0].Min"] = "0",
            ["Input.Fields[1].Key"] = "adverts", ["Input.Fields[1].Label"] = "重复",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#field-rows")!.TextContent.ShouldContain("第2项：代码“adverts”重复");

        var saved = await office.SubmitAsync("/staff/returns/forms/new", "#form-form", new()
        {
            ["Input.Name"] = name, ["Input.Fillers"] = "department", ["Input.DueDay"] = "20",
            ["Input.Fields[0].Key"] = "adverts", ["Input.Fields[0].Label"] = "清理违规广告（份）", ["Input.Fields[0].Min"] = "0", ["Input.Fields[0].Required"] = "true",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var (_, list) = await office.GetAsync("/staff/returns/forms");
        list.QuerySelector("#forms")!.TextContent.ShouldContain(name);

        var forms = await (await app.ApiAsync("jlp-jjk")).GetFromJsonAsync<JsonElement>("/api/returns/forms");
        var form = forms.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        form.GetProperty("fillers").EnumerateArray().Select(f => f.GetString()).ShouldBe(["department"]);
        form.GetProperty("fields")[0].GetProperty("min").GetDecimal().ShouldBe(0m);
    }
}
