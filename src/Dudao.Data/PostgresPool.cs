using System.Data.Common;
using Npgsql;

namespace Dudao.Data;

/// <summary>
/// How many PostgreSQL connections one app instance may hold. Npgsql's default of 100 equals
/// PostgreSQL's default <c>max_connections</c>, so one busy instance could take every server
/// connection and lock out the other instances and the CLI (README: instances × pool size must stay
/// below <c>max_connections</c>).
/// </summary>
internal static class PostgresPool
{
    public const int DefaultSize = 30;

    /// <summary><c>Dudao:Database:MaxPoolSize</c> wins, then a size the connection string names, then <see cref="DefaultSize"/>.</summary>
    public static string Apply(string connectionString, int? configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (configured is { } size)
        {
            if (size < 1) throw new InvalidOperationException("Dudao:Database:MaxPoolSize 应为正整数（每个应用实例最多占用的 PostgreSQL 连接数）");
            builder.MaxPoolSize = size;
        }
        else if (!NamesPoolSize(connectionString))
        {
            builder.MaxPoolSize = DefaultSize;
        }
        return builder.ConnectionString;
    }

    private static bool NamesPoolSize(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .Any(k => k.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase) || k.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase));
}
