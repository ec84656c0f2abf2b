using Dudao.Data;
using Dudao.Data.Migrations;
using Dudao.Modules.Demo;
using Dudao.Modules.Organization.Regions;

namespace Dudao.Web.Startup;

internal static class DatabaseStartup
{
    /// <summary>
    /// Brings the database up to date, loads the region table on first start and, in demo mode
    /// (<c>Dudao:SeedDemo</c>, on by default with SQLite), the demo county data and accounts.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        await RegionTable.LoadIfEmptyAsync(services.GetRequiredService<AppDbContext>(), CancellationToken.None);

        if (DemoMode.IsOn(app.Configuration))
        {
            var seeded = await services.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
            if (seeded) app.Logger.LogInformation("Demo data created");
            foreach (var line in DemoData.AccountsBanner()) Console.WriteLine(line);
        }
    }
}
