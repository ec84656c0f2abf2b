using System.Net;
using System.Net.Http.Json;

namespace Dudao.Tests.Complaints;

/// <summary>The public site: who runs it and how to call, the receipt, the name lookup and the lookup's timeline.</summary>
public sealed class PublicSiteTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_public_home_names_the_default_operator_until_an_office_sets_its_own_and_lists_county_hotlines(DatabaseKind kind)
    {
        using var app = TestApp.Start(kind);
        var anonymous = new PageClient(app.CreateClient());
        var (_, before) = await anonymous.GetAsync("/");
        before.QuerySelector("[data-testid=operator]")!.TextContent.ShouldContain("12345");
        before.QuerySelector("[data-testid=hotlines]").ShouldBeNull();

        var city = await app.PagesAsync("admin");
        var saved = await city.SubmitAsync("/staff/settings", "#public-contact-form",
            new() { ["Contact.Authority"] = "重庆市教育委员会督导室", ["Contact.Hotline"] = "023-63861234" });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("公共服务信息已保存");
        var county = await app.PagesAsync("jlp-admin");
        await county.SubmitAsync("/staff/settings", "#public-contact-form",
            new() { ["Contact.Authority"] = "九龙坡区教育督导室", ["Contact.Hotline"] = "023-68781234" });

        var (_, after) = await anonymous.GetAsync("/");
        var operatorLine = after.QuerySelector("[data-testid=operator]")!;
        operatorLine.TextContent.ShouldContain("重庆市教育委员会督导室");
        operatorLine.QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:02363861234");
        var hotlines = after.QuerySelector("[data-testid=hotlines]")!.TextContent;
        hotlines.ShouldContain("九龙坡区");
        hotlines.ShouldContain("023-68781234");

        var (_, own) = await county.GetAsync("/staff/settings");
        own.QuerySelector("#Contact-Authority")!.GetAttribute("value").ShouldBe("九龙坡区教育督导室");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_public_contact_without_a_name_or_with_letters_for_a_phone_is_refused_by_field(DatabaseKind kind)
    {
        var county = await TestApp.For(kind).PagesAsync("spb-admin");
        var refused = await county.SubmitAsync("/staff/settings", "#public-contact-form", new() { ["Contact.Authority"] = " ", ["Contact.Hotline"] = "call-me" });
        var html = PageClient.Parse(await refused.Content.ReadAsStringAsync());
        html.Body!.TextContent.ShouldContain("请填写运营单位名称");
        html.Body!.TextContent.ShouldContain("监督举报电话应为数字");
        html.QuerySelector("#Contact-Hotline")!.ClassList.ShouldContain("is-invalid");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_complaint_form_offers_the_region_placeholder_and_a_lookup_that_does_not_post_the_form(DatabaseKind kind)
    {
        var pages = new PageClient(TestApp.For(kind).CreateClient());
        var (_, form) = await pages.GetAsync("/complaints/new");
        form.QuerySelector("#Input-RegionCode option")!.TextContent.ShouldBe("请选择区县");
        var lookup = form.QuerySelector("button[value=suggest]")!;
        lookup.GetAttribute("data-fetch").ShouldBe("/complaints/suggestions");
        lookup.GetAttribute("data-into").ShouldBe("#target-suggestions");

        var (response, fragment) = await pages.GetAsync("/complaints/suggestions?Input.RegionCode=500107&Input.TargetKind=institution&Input.TargetName=启航艺术");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        fragment.QuerySelectorAll("input[name='Input.Suggestion']").Select(i => i.GetAttribute("value")).ShouldContain(v => v!.Contains("启航"));
        fragment.QuerySelector("form").ShouldBeNull();

        var (_, noRegion) = await pages.GetAsync("/complaints/suggestions?Input.TargetName=启航艺术");
        noRegion.Body!.TextContent.ShouldContain("请先选择所在区县");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_receipt_has_a_copy_button_hidden_until_script_shows_it(DatabaseKind kind)
    {
        var pages = new PageClient(TestApp.For(kind).CreateClient());
        var submitted = await pages.SubmitAsync("/complaints/new", "#complaint-form", new()
        {
            ["Input.TargetKind"] = "institution", ["Input.TargetName"] = ComplaintApi.UniqueTarget("回执复制培训点"), ["Input.RegionCode"] = "500107",
            ["Input.Category"] = "有偿补课", ["Input.Content"] = "某老师在家中组织本班学生有偿补课，每周两次。", ["Input.Anonymous"] = "true",
            ["Input.Action"] = "submit",
        });
        var receipt = PageClient.Parse(await submitted.Content.ReadAsStringAsync());
        var code = receipt.QuerySelector("#receipt-code")!;
        code.ClassList.ShouldContain("user-select-all");
        var copy = receipt.QuerySelector("button[data-copy='#receipt-code']")!;
        copy.HasAttribute("hidden").ShouldBeTrue();
        receipt.QuerySelector("script[src='js/copy.js']").ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_lookup_shows_each_step_with_its_time_and_the_running_deadline(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var target = ComplaintApi.UniqueTarget();
        var code = await ComplaintApi.SubmitAsync(app.CreateClient(), ComplaintApi.Report(target));
        var pages = new PageClient(app.CreateClient());

        async Task<AngleSharp.Html.Dom.IHtmlDocument> LookUpAsync() =>
            PageClient.Parse(await (await pages.SubmitAsync("/complaints/lookup", "#lookup-form", new() { ["Code"] = code })).Content.ReadAsStringAsync());

        var received = await LookUpAsync();
        received.QuerySelector("[data-testid=lookup-deadline]")!.TextContent.ShouldContain("2026-12-08");
        var steps = received.QuerySelectorAll("[data-testid=lookup-timeline] li").Select(li => li.TextContent).ToList();
        steps.Count.ShouldBe(5);
        steps[0].ShouldContain("已收到举报");
        steps[0].ShouldContain("2026-11-23 10:00");
        steps[2].ShouldContain("已受理");
        steps[2].ShouldContain("未到此步");

        var staff = await app.ApiAsync("jlp-admin");
        var id = await ComplaintApi.IdOfAsync(staff, target);
        (await staff.PostAsJsonAsync($"/api/complaints/{id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var accepted = await LookUpAsync();
        accepted.QuerySelector("[data-testid=lookup-deadline]")!.TextContent.ShouldContain("2027-01-22");
        accepted.QuerySelectorAll("[data-testid=lookup-timeline] li")[2].TextContent.ShouldContain("2026-11-23 10:00");
        accepted.QuerySelector("[data-testid=lookup-result]")!.TextContent.ShouldNotContain(target);
    }
}
