namespace Dudao.Core.Time;

/// <summary>
/// A clock that stands still until moved: set by <c>Dudao:Clock:FixedNow</c> in Development and
/// Testing so that checks can see deadlines pass, and moved by tests.
/// </summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset value) => Interlocked.Exchange(ref _ticks, value.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
