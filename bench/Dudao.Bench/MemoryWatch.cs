using System.Diagnostics;

namespace Dudao.Bench;

/// <summary>Samples the process working set and the managed heap every few milliseconds and keeps the peaks.</summary>
internal sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemoryWatch() => _sampling = Task.Run(SampleAsync);

    public long PeakWorkingSet { get; private set; }
    public long PeakManagedHeap { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try { await Task.Delay(10, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
        PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(false));
    }
}
