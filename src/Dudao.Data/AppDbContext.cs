using Dudao.Core.Entities;
using Dudao.Core.Scope;
using Dudao.Core.Time;
using Dudao.Data.Audit;
using Dudao.Data.Scope;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dudao.Data;

/// <summary>
/// The one DbContext. Modules contribute entity configurations; handlers use <c>Set&lt;T&gt;()</c>
/// directly (no repositories). Every query is filtered to the caller's data scope here, so no
/// endpoint can forget it.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ModelAssemblies model, ICurrentUser user, TimeProvider? clock = null)
    : DbContext(options), IDataProtectionKeyContext
{
    // Read by the query filters; EF turns them into parameters per query.
    internal string ScopePrefix => user.Scope.RegionPrefix;
    internal string? ScopeTargetId => user.Scope.TargetId;
    internal bool ScopeGranted => user.Scope.Granted;
    internal string ScopeUserId => user.UserId ?? "";
    // The China date of each query, so a grant ends at midnight however long the context lives (ADR-112).
    internal DateOnly ScopeToday => (clock ?? TimeProvider.System).Today();

    public ICurrentUser User => user;

    private readonly List<(object Entity, bool Optional)> _ifAbsent = [];

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The data-protection key ring every instance shares (cookies, bearer tokens, antiforgery).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyConfiguration(new ScopeGrantConfiguration());
        foreach (var assembly in model.Assemblies) modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        DataScopeFilters.Apply(modelBuilder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (_ifAbsent.Count > 0) throw new InvalidOperationException("Rows added if absent are saved by SaveChangesAsync only.");
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves the unit of work in one transaction: the tracked changes, then the rows added with
    /// <see cref="AddIfAbsent{T}"/>. The caller's transaction is used when it has one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        if (_ifAbsent.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // Changes are accepted only once everything committed, so a failed save can be retried as it stood.
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        foreach (var (entity, optional) in _ifAbsent)
        {
            var inserted = optional ? await InsertIfAbsent.TryExecuteAsync(this, entity, cancellationToken) : await InsertIfAbsent.ExecuteAsync(this, entity, cancellationToken);
            if (inserted > 0)
            {
                foreach (var observer in InsertObservers()) await observer.InsertedAsync(this, entity, cancellationToken);
            }
            saved += inserted;
        }
        if (own is not null) await own.CommitAsync(cancellationToken);
        _ifAbsent.Clear();
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    /// <summary>
    /// Adds a row that the next save inserts, in its transaction, unless its key or a unique index is
    /// taken already (a notice's dedupe key, a month's coverage mark). A taken key never fails the
    /// save nor rolls back the change the row came with; two requests reaching the same key at once
    /// both succeed, and one row is stored.
    /// </summary>
    /// <param name="optional">
    /// When true, a failure to insert the row (not only a taken key) is logged and the rest of the save
    /// commits without it: a reminder must never refuse the change it reports.
    /// </param>
    public void AddIfAbsent<T>(T entity, bool optional = false) where T : class => _ifAbsent.Add((entity, optional));

    /// <summary>The rows of type <typeparamref name="T"/> the next save inserts if absent.</summary>
    public IEnumerable<T> AddedIfAbsent<T>() where T : class => _ifAbsent.Select(x => x.Entity).OfType<T>();

    /// <summary>
    /// Sets the version the client read, so that saving fails with a concurrency conflict when
    /// somebody else saved in between.
    /// </summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    private IEnumerable<IInsertedIfAbsentObserver> InsertObservers() =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IInsertedIfAbsentObserver>() ?? [];

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
