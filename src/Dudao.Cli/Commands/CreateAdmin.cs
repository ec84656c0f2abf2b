using Dudao.Core;
using Dudao.Modules.Accounts.Domain;
using Dudao.Modules.Organization.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Cli.Commands;

/// <summary>Creates an office administrator: the way in on a production database, which has no default accounts.</summary>
internal static class CreateAdmin
{
    public static async Task<int> RunAsync(IServiceProvider services, CliOptions options)
    {
        var userName = options.Required("user");
        var password = options.Required("password");
        var regionCode = options.Required("region");
        var region = await services.GetRequiredService<RegionDirectory>().FindAsync(regionCode, CancellationToken.None)
            ?? throw new CliException($"行政区划代码“{regionCode}”不存在");

        var users = services.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = userName,
            DisplayName = options["name"] ?? $"{region.Name}督导室管理员",
            OrgKind = OrgKinds.Office,
            RegionCode = region.Code,
            Roles = Roles.OfficeAdmin,
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new CliException("创建失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        Console.WriteLine($"已创建管理员 {userName}（{region.Name} 督导室，{RegionCodes.LevelOf(region.Code)}）");
        return 0;
    }
}
