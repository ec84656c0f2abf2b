using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Modules;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Tests.Data;

/// <summary>What the model conventions promise beyond the schema, which MigrationTests already compares.</summary>
public sealed class ModelConventionTests
{
    [Theory, ClassData(typeof(Databases))]
    public void Every_versioned_record_is_checked_for_concurrent_edits(DatabaseKind kind)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (kind == DatabaseKind.Postgres) options.UseNpgsql("Host=localhost");
        else options.UseSqlite("Data Source=:memory:");
        using var db = new AppDbContext(options.Options, new ModelAssemblies([typeof(DudaoModules).Assembly]), SystemUser.Instance);

        var versioned = db.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList();
        versioned.Count.ShouldBeGreaterThan(10);
        foreach (var entity in versioned)
            entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken.ShouldBeTrue(entity.ClrType.Name);
    }
}
