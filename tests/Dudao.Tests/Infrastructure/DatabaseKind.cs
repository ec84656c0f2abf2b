namespace Dudao.Tests.Infrastructure;

public enum DatabaseKind { Sqlite, Postgres }

/// <summary>
/// Every integration test runs once per database: <c>[Theory, ClassData(typeof(Databases))]</c>.
/// <c>DUDAO_TEST_DATABASES=sqlite</c> narrows the set on a machine without PostgreSQL.
/// </summary>
public sealed class Databases : TheoryData<DatabaseKind>
{
    public Databases()
    {
        foreach (var kind in Enabled) Add(kind);
    }

    public static IEnumerable<DatabaseKind> Enabled =>
        (Environment.GetEnvironmentVariable("DUDAO_TEST_DATABASES") ?? "sqlite,postgres")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => Enum.Parse<DatabaseKind>(s, ignoreCase: true));
}
