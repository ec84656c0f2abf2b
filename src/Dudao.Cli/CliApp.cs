using Dudao.Cli.Commands;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Migrations;
using Dudao.Modules;
using Dudao.Modules.Organization.Regions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dudao.Cli;

/// <summary>
/// Administrator commands over the same services as the web host, configured the same way
/// (appsettings, environment variables <c>Dudao__…</c>, <c>ConnectionStrings__Dudao</c>).
/// </summary>
internal static class CliApp
{
    private const string Usage = """
        用法: dotnet run --project src/Dudao.Cli -- <命令> [参数]
          create-admin --user NAME --password PWD --region CODE [--name 显示名]
                                     为某地区督导室创建管理员账号（生产环境首个账号）
          schema-script sqlite|postgres
                                     打印 EF 模型对应的建表脚本（编写迁移时对照）
          import schools|institutions --file PATH --region CODE
                                     以 CODE 地区督导室的身份导入 .xlsx（全部正确才写入，否则列出每处错误）
          generate-dataset --scale county|province|nation --out DIR [--region CODE] [--seed N]
                                     生成合成数据 schools.xlsx 与 institutions.xlsx（同一种子结果相同）
          verify-audit               核对审计日志的哈希链；有断裂时列出每条被改动或删除的记录并返回 1
          rebuild-rollups            由原始记录重算各地区各月的统计汇总（直接向数据库批量导入之后）
          backup --file PATH         备份数据库（PostgreSQL 用 pg_dump，SQLite 用 VACUUM INTO）
          restore --file PATH        把备份恢复到配置的空数据库（PostgreSQL 用 pg_restore）
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }
        var options = CliOptions.Parse(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "schema-script" => SchemaScript.Run(args.ElementAtOrDefault(1)),
                "create-admin" => await WithServices(options, sp => CreateAdmin.RunAsync(sp, options)),
                "import" => await WithServices(options, sp => ImportCommand.RunAsync(sp, args.ElementAtOrDefault(1), options.Required("file"), options.Required("region")),
                    new OfficeActor(options.Required("region"))),
                "generate-dataset" => GenerateDataset.Run(options),
                "verify-audit" => await WithServices(options, sp => VerifyAudit.RunAsync(sp, Console.Out)),
                "rebuild-rollups" => await WithServices(options, sp => RebuildRollups.RunAsync(sp, Console.Out)),
                "backup" => await WithConfiguration((config, root) => BackupCommand.BackupAsync(config, root, options.Required("file"), Console.Out)),
                "restore" => await WithConfiguration((config, root) => BackupCommand.RestoreAsync(config, root, options.Required("file"), Console.Out)),
                _ => Fail($"未知命令：{args[0]}\n{Usage}"),
            };
        }
        catch (CliException e)
        {
            return Fail(e.Message);
        }
    }

    /// <param name="actor">Who the command acts as; by default the system, which sees everything.</param>
    internal static async Task<int> WithServices(CliOptions options, Func<IServiceProvider, Task<int>> run, ICurrentUser? actor = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDudaoData(builder.Configuration, builder.Environment.ContentRootPath, typeof(DudaoModules).Assembly);
        builder.Services.AddDudaoModules(builder.Configuration);
        if (actor is not null) builder.Services.AddScoped<ICurrentUser>(_ => actor);
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync();
        await RegionTable.LoadIfEmptyAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        return await run(scope.ServiceProvider);
    }

    /// <summary>The configuration alone, for commands that must not migrate or seed the database first (backup, restore).</summary>
    private static Task<int> WithConfiguration(Func<IConfiguration, string, Task<int>> run)
    {
        var builder = Host.CreateApplicationBuilder();
        return run(builder.Configuration, builder.Environment.ContentRootPath);
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}

internal sealed class CliException(string message) : Exception(message);

/// <summary><c>--name value</c> pairs.</summary>
internal sealed class CliOptions(Dictionary<string, string> values)
{
    public static CliOptions Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) { key = arg[2..]; values[key] = "true"; }
            else if (key is not null) { values[key] = arg; key = null; }
        }
        return new CliOptions(values);
    }

    public string? this[string name] => values.GetValueOrDefault(name);

    public string Required(string name) => this[name] ?? throw new CliException($"缺少参数 --{name}");
}
