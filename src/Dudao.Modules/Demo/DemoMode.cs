using Dudao.Data;
using Microsoft.Extensions.Configuration;

namespace Dudao.Modules.Demo;

/// <summary><c>Dudao:SeedDemo</c>: on by default with SQLite, off by default with PostgreSQL.</summary>
public static class DemoMode
{
    public static bool IsOn(IConfiguration config)
    {
        var postgres = string.Equals(config["Dudao:Database:Provider"], DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        return config.GetValue("Dudao:SeedDemo", !postgres);
    }

    /// <summary><c>Dudao:Demo:History</c>: with the demo data, a year of visits, problems, complaints and more (on by default).</summary>
    public static bool WithHistory(IConfiguration config) => config.GetValue("Dudao:Demo:History", true);
}
