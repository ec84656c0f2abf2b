using Dudao.Core.Scope;
using Dudao.Data;
using Dudao.Data.Migrations;
using Dudao.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dudao.Tests.Data;

public sealed class MigrationTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Migrating_an_empty_database_gives_the_schema_the_model_expects(DatabaseKind kind)
    {
        var migrated = TestDatabase.Create(kind);
        var fromModel = TestDatabase.Create(kind);
        try
        {
            await using (var db = Context(kind, migrated))
            {
                (await new MigrationRunner(db, NullLogger<MigrationRunner>.Instance).MigrateAsync()).ShouldBeGreaterThan(0);
                (await new MigrationRunner(db, NullLogger<MigrationRunner>.Instance).MigrateAsync()).ShouldBe(0, "a second run applies nothing");
            }
            await using (var db = Context(kind, fromModel)) await db.Database.EnsureCreatedAsync();

            await using var a = Context(kind, migrated);
            await using var b = Context(kind, fromModel);
            var actual = await SchemaIntrospection.DescribeAsync(a);
            var expected = await SchemaIntrospection.DescribeAsync(b);
            actual.Except(expected).ShouldBeEmpty("in the migrated database but not in the model");
            expected.Except(actual).ShouldBeEmpty("in the model but not in the migrated database");
        }
        finally
        {
            TestDatabase.Drop(kind, migrated);
            TestDatabase.Drop(kind, fromModel);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_audit_log_refuses_updates_and_deletes(DatabaseKind kind)
    {
        var app = TestApp.For(kind);
        await app.ApiAsync("jlp-jjk"); // at least one login record and its audit entries exist
        var error = await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET user_name = 'x'")));
        error.Message.ShouldContain("append-only");
        await Should.ThrowAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM login_records")));
    }

    private static AppDbContext Context(DatabaseKind kind, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (kind == DatabaseKind.Postgres) options.UseNpgsql(connectionString);
        else options.UseSqlite(connectionString);
        return new AppDbContext(options.Options, new ModelAssemblies([typeof(DudaoModules).Assembly]), SystemUser.Instance);
    }
}
