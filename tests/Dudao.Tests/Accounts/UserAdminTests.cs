using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Accounts;

public sealed class UserAdminTests
{
    public const string GoodPassword = "Kq7#mZ2pLx9w";

    public static string NewName() => "t-" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<JsonElement> CreateOfficeUserAsync(HttpClient admin, string userName, string regionCode = "500107")
    {
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "测试用户", orgKind = "office", regionCode, roles = new[] { "office-staff" }, password = GoodPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_account_created_through_the_api_can_log_in_and_no_secret_is_ever_returned(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = NewName();
        var created = await CreateOfficeUserAsync(admin, name);
        created.GetProperty("orgUnit").GetProperty("name").GetString().ShouldBe("九龙坡区 督导室");
        created.GetProperty("roles")[0].GetString().ShouldBe("office-staff");

        var me = await (await app.ApiAsync(name, GoodPassword)).GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("userName").GetString().ShouldBe(name);

        var id = created.GetProperty("id").GetString();
        foreach (var body in new[]
                 {
                     created.GetRawText(), await admin.GetStringAsync($"/api/users/{id}"),
                     await admin.GetStringAsync($"/api/users?q={name}"), await admin.GetStringAsync("/api/users?pageSize=200"),
                 })
        {
            body.ShouldNotContain("passwordHash", Case.Insensitive);
            body.ShouldNotContain("securityStamp", Case.Insensitive);
            body.ShouldNotContain("authenticatorKey", Case.Insensitive);
            body.ShouldNotContain("AQAAAA"); // the prefix of every Identity v3 password hash
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_account_created_on_the_page_for_a_school_can_log_in(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var pages = await app.PagesAsync("jlp-admin");
        var (_, form) = await pages.GetAsync("/staff/users/new?kind=school");
        var schoolId = form.QuerySelectorAll("#orgRefId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var name = NewName();

        var response = await pages.SubmitAsync("/staff/users/new?kind=school", "form[data-testid=new-user]", new()
        {
            ["Input.UserName"] = name, ["Input.DisplayName"] = "学校填报员", ["Input.OrgRefId"] = schoolId,
            ["Input.Roles"] = "school", ["Input.Password"] = GoodPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var editUrl = response.Headers.Location!.ToString();
        editUrl.ShouldContain("/edit");

        var (_, edit) = await pages.GetAsync(editUrl);
        edit.Body!.TextContent.ShouldContain("账号已创建");
        var me = await (await app.ApiAsync(name, GoodPassword)).GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("orgUnit").GetProperty("kind").GetString().ShouldBe("school");

        var (_, list) = await pages.GetAsync($"/staff/users?q={name}");
        list.QuerySelector("[data-testid=users] tbody")!.TextContent.ShouldContain("学校填报员");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Weak_passwords_are_refused_in_chinese(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        async Task<string> RefusalAsync(string password)
        {
            var response = await admin.PostAsJsonAsync("/api/users", new
            {
                userName = NewName(), displayName = "弱密码", orgKind = "office", regionCode = "500107", roles = new[] { "office-staff" }, password,
            });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString()!;
        }

        (await RefusalAsync("Ab1#xyz")).ShouldBe("密码至少10位");
        (await RefusalAsync("abcdefghijkl")).ShouldContain("至少三类");
        (await RefusalAsync("Password@123")).ShouldContain("过于常见");

        var pages = await app.PagesAsync("jlp-admin");
        var page = await pages.SubmitAsync("/staff/users/new", "form[data-testid=new-user]", new()
        {
            ["Input.UserName"] = NewName(), ["Input.DisplayName"] = "弱密码", ["Input.RegionCode"] = "500107",
            ["Input.Roles"] = "office-staff", ["Input.Password"] = "short",
        });
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PageClient.Parse(await page.Content.ReadAsStringAsync()).QuerySelector(".field-error")!.TextContent.ShouldBe("密码至少10位");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_county_admin_cannot_see_edit_or_create_accounts_of_another_county(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jlp = await app.ApiAsync("jlp-admin");
        var spb = await app.ApiAsync("spb-admin");
        var jlpUser = await CreateOfficeUserAsync(jlp, NewName());
        var id = jlpUser.GetProperty("id").GetString();

        var list = await spb.GetFromJsonAsync<JsonElement>("/api/users?pageSize=200");
        list.GetProperty("items").EnumerateArray().ShouldAllBe(u => u.GetProperty("regionCode").GetString()!.StartsWith("500106"));
        (await spb.GetAsync($"/api/users/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名", roles = new[] { "office-staff" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsJsonAsync($"/api/users/{id}/password", new { password = GoodPassword + "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await spb.PostAsync($"/api/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jlp.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("isActive").GetBoolean().ShouldBeTrue();

        var inJlp = await spb.PostAsJsonAsync("/api/users", new
        {
            userName = NewName(), displayName = "越权", orgKind = "office", regionCode = "500107", roles = new[] { "office-staff" }, password = GoodPassword,
        });
        inJlp.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inJlp.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");

        var jlpSchool = (await jlp.GetFromJsonAsync<JsonElement>("/api/schools")).GetProperty("items")[0].GetProperty("id").GetString();
        var atJlpSchool = await spb.PostAsJsonAsync("/api/users", new
        {
            userName = NewName(), displayName = "越权", orgKind = "school", orgRefId = jlpSchool, roles = new[] { "school" }, password = GoodPassword,
        });
        atJlpSchool.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await atJlpSchool.Content.ReadAsStringAsync()).ShouldContain("不在您的管理范围内");

        var pages = await app.PagesAsync("spb-admin");
        var (missing, missingPage) = await pages.GetAsync($"/staff/users/{id}/edit");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missingPage.Body!.TextContent.ShouldContain("不存在，或不在您的数据范围内");
        var (_, users) = await pages.GetAsync("/staff/users");
        users.Body!.TextContent.ShouldNotContain("jlp-admin");
        users.Body.TextContent.ShouldContain("spb-admin");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_department_account_may_not_manage_users(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var jjk = await app.ApiAsync("jlp-jjk");
        (await jjk.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await jjk.GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await jjk.GetAsync("/api/logins")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var pages = await app.PagesAsync("jlp-jjk");
        foreach (var url in new[] { "/staff/users", "/staff/users/new", "/staff/audit", "/staff/logins" })
        {
            var (response, _) = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/staff/denied");
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Roles_must_fit_the_unit(DatabaseKind kind)
    {
        var admin = await TestApp.For(kind).ApiAsync("jlp-admin");
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = NewName(), displayName = "角色不符", orgKind = "office", regionCode = "500107", roles = new[] { "school" }, password = GoodPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("roles")[0].GetString()
            .ShouldBe("“学校”角色不适用于督导室账号");
    }

    [Fact]
    public void Only_an_office_admin_grants_office_admin()
    {
        Dudao.Modules.Accounts.Domain.Roles.CanGrant(["office-staff"], "office-admin").ShouldBeFalse();
        Dudao.Modules.Accounts.Domain.Roles.CanGrant(["office-staff"], "office-staff").ShouldBeTrue();
        Dudao.Modules.Accounts.Domain.Roles.CanGrant(["office-admin"], "office-admin").ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_edit_with_a_stale_version_is_refused_on_the_api_and_the_page(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var user = await CreateOfficeUserAsync(admin, NewName());
        var id = user.GetProperty("id").GetString();
        var pages = await app.PagesAsync("jlp-admin");
        var (_, stalePage) = await pages.GetAsync($"/staff/users/{id}/edit");

        var first = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "第一次", roles = new[] { "office-staff" }, isActive = true, version = 0 });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "第二次", roles = new[] { "office-staff" }, isActive = true, version = 0 });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        stalePage.QuerySelector("input[name='Input.Version']")!.GetAttribute("value").ShouldBe("0");
        var page = await pages.SubmitAsync($"/staff/users/{id}/edit", "form[data-testid=edit-user]", new()
        {
            ["Input.DisplayName"] = "页面修改", ["Input.Roles"] = "office-staff", ["Input.IsActive"] = "true", ["Input.Version"] = "0",
        });
        (await page.Content.ReadAsStringAsync()).ShouldContain("已被其他人修改");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("displayName").GetString().ShouldBe("第一次");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_locked_account_is_unlocked_by_an_admin_and_a_reset_password_works(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = NewName();
        var id = (await CreateOfficeUserAsync(admin, name)).GetProperty("id").GetString();
        var anonymous = app.CreateClient();
        for (var i = 0; i < 5; i++) await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = name, password = "Wrong@Pass123" });
        ((int)(await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = name, password = GoodPassword })).StatusCode).ShouldBe(423);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("lockedOut").GetBoolean().ShouldBeTrue();

        var pages = await app.PagesAsync("jlp-admin");
        var (_, edit) = await pages.GetAsync($"/staff/users/{id}/edit");
        edit.Body!.TextContent.ShouldContain("已锁定");
        var unlocked = await pages.SubmitAsync($"/staff/users/{id}/edit", "form[data-testid=unlock]", new());
        (await unlocked.Content.ReadAsStringAsync()).ShouldContain("已解除锁定");
        (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = name, password = GoodPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var weak = await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "abc" });
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.Content.ReadAsStringAsync()).ShouldContain("密码至少10位");
        (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "Nw8$rT5vQz3k" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = name, password = GoodPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = name, password = "Nw8$rT5vQz3k" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_disabled_account_cannot_log_in_and_an_admin_cannot_disable_themselves(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var admin = await app.ApiAsync("jlp-admin");
        var name = NewName();
        var id = (await CreateOfficeUserAsync(admin, name)).GetProperty("id").GetString();
        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "停用", roles = new[] { "office-staff" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = name, password = GoodPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await login.Content.ReadAsStringAsync()).ShouldContain("已停用");

        var self = (await admin.GetFromJsonAsync<JsonElement>("/api/users?q=jlp-admin")).GetProperty("items")[0].GetProperty("id").GetString();
        var disableSelf = await admin.PutAsJsonAsync($"/api/users/{self}", new { displayName = "九龙坡区督导室管理员", roles = new[] { "office-admin" }, isActive = false });
        disableSelf.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await disableSelf.Content.ReadAsStringAsync()).ShouldContain("不能停用自己的账号");
    }
}
