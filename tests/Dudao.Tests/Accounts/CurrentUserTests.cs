using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dudao.Tests.Accounts;

/// <summary>Who is calling comes from the session: the unit it was issued for, and the account's name as it is now.</summary>
public sealed class CurrentUserTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_school_account_is_its_school_and_a_renamed_account_shows_its_new_name_in_the_same_session(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var school = await (await app.ApiAsync("jlp-school")).GetFromJsonAsync<JsonElement>("/api/me");
        school.GetProperty("orgUnit").GetProperty("kind").GetString().ShouldBe("school");
        school.GetProperty("orgUnit").GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();

        var admin = await app.ApiAsync("jlp-admin");
        var name = UserAdminTests.NewName();
        var id = await Sessions.CreateUserAsync(admin, name, "office-staff");
        var holder = await app.ApiAsync(name, UserAdminTests.GoodPassword);
        var before = await holder.GetFromJsonAsync<JsonElement>("/api/me");
        before.GetProperty("displayName").GetString().ShouldBe("测试用户");
        before.GetProperty("orgUnit").GetProperty("kind").GetString().ShouldBe("office");
        before.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["office-staff"]);

        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "改名以后", roles = new[] { "office-staff" }, isActive = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await holder.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("displayName").GetString()
            .ShouldBe("改名以后", "a rename keeps the session and shows at once");
    }
}
