using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dudao.Tests.Data;

/// <summary>The PostgreSQL pool of one instance must leave room under the server's max_connections for the others.</summary>
public sealed class PoolSizeTests
{
    [Fact]
    public void The_pool_defaults_to_30_connections_not_npgsqls_100()
    {
        PoolSize("Host=db;Database=dudao", null).ShouldBe(30);
    }

    [Fact]
    public void The_setting_wins_over_the_connection_string_which_wins_over_the_default()
    {
        PoolSize("Host=db;Database=dudao;Maximum Pool Size=50", null).ShouldBe(50);
        PoolSize("Host=db;Database=dudao;MaxPoolSize=50", "12").ShouldBe(12);
    }

    [Fact]
    public void A_pool_of_no_connections_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => PoolSize("Host=db", "0")).Message.ShouldContain("Dudao:Database:MaxPoolSize 应为正整数");
    }

    private static int PoolSize(string connectionString, string? setting)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dudao:Database:Provider"] = "Postgres",
            ["Dudao:Database:MaxPoolSize"] = setting,
            ["ConnectionStrings:Dudao"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ICurrentUser>(SystemUser.Instance)
            .AddDudaoData(config, Path.GetTempPath(), typeof(DudaoModules).Assembly)
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var used = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        return new NpgsqlConnectionStringBuilder(used).MaxPoolSize;
    }
}
