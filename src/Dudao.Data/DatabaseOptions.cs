namespace Dudao.Data;

/// <summary><c>Dudao:Database</c>: which provider; the connection string is <c>ConnectionStrings:Dudao</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary>PostgreSQL connections one app instance may hold (<see cref="PostgresPool"/>).</summary>
    public int? MaxPoolSize { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
