using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Cli.Commands;

/// <summary>
/// Prints the CREATE script of the current EF model for one provider. There are no design-time
/// EF tools here: a new migration is written by hand and checked against this script (and the
/// schema test compares the two).
/// </summary>
internal static class SchemaScript
{
    public static int Run(string? provider)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        if (provider == "postgres") builder.UseNpgsql("Host=localhost");
        else if (provider == "sqlite") builder.UseSqlite("Data Source=:memory:");
        else throw new CliException("请指定 sqlite 或 postgres");
        using var db = new AppDbContext(builder.Options, new ModelAssemblies([typeof(DudaoModules).Assembly]), SystemUser.Instance);
        Console.WriteLine(db.Database.GenerateCreateScript());
        return 0;
    }
}
