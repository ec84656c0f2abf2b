namespace Dudao.Modules.Accounts.Logs;

/// <summary>The filter of <c>GET /api/audit</c>, bound with <c>[AsParameters]</c>.</summary>
internal sealed record AuditQuery(string? UserName, string? EntityType, string? EntityId, DateOnly? From, DateOnly? To)
{
    public LogFilter Filter => new(UserName, From, To);
}

/// <summary>The filter of <c>GET /api/logins</c>, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Channel">Where the login came from (web page or API).</param>
internal sealed record LoginQuery(string? UserName, bool? Succeeded, string? Channel, DateOnly? From, DateOnly? To)
{
    public LogFilter Filter => new(UserName, From, To);
}
