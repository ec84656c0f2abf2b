namespace Dudao.Data.Audit;

/// <summary>A row of an append-only log (audit, logins): when it happened and under which account name.</summary>
public interface ILogEntry : IRecordsAttempt
{
    string Id { get; }
    DateTime At { get; }
    string UserName { get; }
}
