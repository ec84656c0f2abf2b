using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dudao.Bench.Complaints;

/// <summary>
/// The whole Dudao application (every module, middleware, migrations) on Kestrel on loopback, in
/// Production mode on PostgreSQL without demo data; the rate limit is lifted for the single load client.
/// </summary>
internal sealed class RealApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    private RealApp(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/";
    }

    public string BaseAddress { get; }

    public static RealApp Start(string connectionString)
    {
        // The factory finds the web project's folder this way outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DUDAO_WEB", Path.Combine(RepositoryRoot(), "src", "Dudao.Web"));
        return new RealApp(connectionString);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dudao.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Dudao.slnx not found above " + AppContext.BaseDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("AllowedHosts", "127.0.0.1");
        builder.UseSetting("Dudao:Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Dudao", _connectionString);
        builder.UseSetting("Dudao:SeedDemo", "false");
        builder.UseSetting("Dudao:Jobs:Scheduler", "false");
        builder.UseSetting("Dudao:Complaints:IdentityKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Dudao:Complaints:RateLimit:PermitLimit", "1000000");
        builder.UseSetting("Dudao:Files:Root", Path.Combine(Path.GetTempPath(), "dudao-bench-files"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
