using System.Net;
using Dudao.Modules.Ui.Layout;

namespace Dudao.Tests.Profiles;

/// <summary>The menu is derived from the permissions a role holds: each demo account sees what it may use and nothing else.</summary>
public sealed class NavigationTests
{
    // Office work that schools, institutions and inspectors never see in their menus.
    private static readonly string[] OfficeEntries = ["随机与交叉检查", "预收费监管", "报表与通报", "重点任务"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_demo_account_sees_only_the_menu_entries_its_role_may_use(DatabaseKind kind)
    {
        var app = TestApp.For(kind);

        var school = await MenuAsync(app, "jlp-school");
        school.ShouldBe(["工作台", "我的通知", "本单位档案", "督导记录", "自查自评", "督导指标体系", "问题整改", "督办问责", "报表填报", "校务公示"]);

        var institution = await MenuAsync(app, "jlp-jg");
        institution.ShouldBe(["工作台", "我的通知", "本单位档案", "督导记录", "自查自评", "督导指标体系", "问题整改", "督办问责", "报表填报", "备案与合规"]);

        var inspector = await MenuAsync(app, "jlp-duxue");
        inspector.ShouldBe(["工作台", "我的通知", "学校", "校外培训机构", "督学与挂牌", "责任区与科室", "督导记录", "月月督覆盖", "自查自评",
            "专项督导", "督导指标体系", "问题整改", "督办问责", "校务公示", "问卷监测"]);

        var department = await MenuAsync(app, "jlp-jjk");
        department.ShouldContain("举报投诉");
        department.ShouldContain("随机与交叉检查");
        department.ShouldNotContain("本单位档案");
        department.ShouldNotContain("用户管理");
        department.ShouldNotContain("审计日志");

        var office = await MenuAsync(app, "jlp-admin");
        office.ShouldContain("用户管理");
        office.ShouldContain("举报投诉");
        foreach (var entry in OfficeEntries) office.ShouldContain(entry);
        office.ShouldNotContain("本单位档案");

        foreach (var menu in new[] { school, institution, inspector })
        foreach (var entry in OfficeEntries) menu.ShouldNotContain(entry);
    }

    /// <summary>One account of each kind of unit the demo has (README): a menu entry never leads to a refusal.</summary>
    private static readonly string[] DemoAccounts = ["admin", "jlp-admin", "cq-duxue", "jlp-duxue", "jlp-jjk", "jlp-pxjg", "jlp-jck", "jlp-school", "jlp-jg"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_menu_entry_of_every_demo_account_opens(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        foreach (var account in DemoAccounts)
        {
            var pages = await app.PagesAsync(account);
            var (_, home) = await pages.GetAsync("/staff");
            foreach (var href in home.QuerySelectorAll("#staff-nav a.nav-link").Select(a => a.GetAttribute("href")!))
            {
                var response = await pages.Http.GetAsync(href);
                // 本单位档案 leads a school or an institution to its own record.
                if (response.StatusCode == HttpStatusCode.Redirect) response = await pages.Http.GetAsync(response.Headers.Location);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{account}: {href}");
            }
        }

        // The institution work is the 校外培训监管科's: a 基教科 holds the permissions but not the remit.
        var basic = await MenuAsync(app, "jlp-jjk");
        foreach (var entry in new[] { "机构压减统计", "机构备案审核", "预收费监管" })
        {
            basic.ShouldNotContain(entry);
            (await MenuAsync(app, "jlp-pxjg")).ShouldContain(entry);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Staff_get_the_search_box_and_a_school_gets_its_own_profile_instead(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var (_, office) = await (await app.PagesAsync("jlp-jjk")).GetAsync("/staff");
        office.QuerySelector("[data-testid=global-search] input[name=q]").ShouldNotBeNull();

        var school = await app.PagesAsync("jlp-school");
        var (_, home) = await school.GetAsync("/staff");
        home.QuerySelector("[data-testid=global-search]").ShouldBeNull();
        (await school.Http.GetAsync("/staff/inspectors")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await school.Http.GetAsync("/staff/units")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await school.Http.GetAsync("/staff/search?q=小学")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var own = await school.Http.GetAsync("/staff/profile");
        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var schoolId = await Rectification.Problems.UnitIdAsync(app, "jlp-school");
        own.Headers.Location!.OriginalString.ShouldEndWith($"/staff/schools/{schoolId}");
    }

    private static async Task<List<string>> MenuAsync(TestApp app, string userName)
    {
        var (response, page) = await (await app.PagesAsync(userName)).GetAsync("/staff");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return page.QuerySelectorAll("#staff-nav .nav-link-title").Select(e => e.TextContent.Trim()).ToList();
    }
}
