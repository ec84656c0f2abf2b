extern alias cli;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using cli::Dudao.Cli;
using cli::Dudao.Cli.Commands;
using Dudao.Core.Scope;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Tests.Accounts;

public sealed class CreateAdminTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_cli_creates_an_office_admin_who_can_log_in_and_refuses_weak_passwords(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        var userName = "cq-admin-" + Guid.NewGuid().ToString("N")[..6];
        using (var scope = SystemScope.Create(app.Services.GetRequiredService<IServiceScopeFactory>()))
        {
            var options = CliOptions.Parse(["--user", userName, "--password", "Chongqing#2026x", "--region", "500000"]);
            (await CreateAdmin.RunAsync(scope.ServiceProvider, options)).ShouldBe(0);

            var weak = await Should.ThrowAsync<CliException>(() => CreateAdmin.RunAsync(scope.ServiceProvider,
                CliOptions.Parse(["--user", userName + "x", "--password", "short", "--region", "500000"])));
            weak.Message.ShouldContain("密码至少10位");
            var unknown = await Should.ThrowAsync<CliException>(() => CreateAdmin.RunAsync(scope.ServiceProvider,
                CliOptions.Parse(["--user", userName + "y", "--password", "Chongqing#2026x", "--region", "990000"])));
            unknown.Message.ShouldContain("不存在");
        }

        var client = await app.ApiAsync(userName, "Chongqing#2026x");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("orgUnit").GetProperty("name").GetString().ShouldBe("重庆市 督导室");
        (await client.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "an office admin manages users");
    }
}
