using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Data.Audit;
using Dudao.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Data;

/// <summary>
/// The one DbContext. Modules contribute entity configurations; handlers use <c>Set&lt;T&gt;()</c>
/// directly (no repositories). Every query is filtered to the caller's data scope here, so no
/// endpoint can forget it.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ModelAssemblies model, ICurrentUser user)
    : DbContext(options)
{
    // Read by the query filters; EF turns them into parameters per query.
    internal string ScopePrefix => user.Scope.RegionPrefix;
    internal string? ScopeTargetId => user.Scope.TargetId;

    public ICurrentUser User => user;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    // snake_case tables, columns, keys and indexes: plain SQL reads the same on both databases.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNamingConvention();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps no time zone: read instants back as UTC like PostgreSQL's timestamptz does.
        if (Database.IsSqlite()) configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Conventions.Add(_ => new CommonColumnsConvention());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        foreach (var assembly in model.Assemblies) modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        DataScopeFilters.Apply(modelBuilder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Sets the version the client read, so that saving fails with a concurrency conflict when
    /// somebody else saved in between.
    /// </summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
