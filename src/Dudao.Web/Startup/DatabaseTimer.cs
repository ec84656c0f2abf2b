using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Web.Startup;

/// <summary>
/// Time spent in database commands, on SQLite and PostgreSQL alike (<c>dudao.db.command.duration</c>,
/// seconds, by kind of command), so an operator sees how much of a request's time the database takes.
/// </summary>
internal sealed class DatabaseTimer : DbCommandInterceptor, IDisposable
{
    public const string MeterName = "Dudao.Database";

    private readonly Meter _meter = new(MeterName);
    private readonly Histogram<double> _duration;

    public DatabaseTimer() =>
        _duration = _meter.CreateHistogram<double>("dudao.db.command.duration", "s", "Time of one database command");

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData, "reader", result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(eventData, "reader", result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record(eventData, "non-query", result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(eventData, "non-query", result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Record(eventData, "scalar", result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(eventData, "scalar", result));

    public void Dispose() => _meter.Dispose();

    private T Record<T>(CommandExecutedEventData eventData, string kind, T result)
    {
        _duration.Record(eventData.Duration.TotalSeconds, new KeyValuePair<string, object?>("db.command.kind", kind));
        return result;
    }
}
