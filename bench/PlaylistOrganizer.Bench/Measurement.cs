using System.Diagnostics;

namespace PlaylistOrganizer.Bench;

/// <summary>Wall time and the peak working set of the process (emulator included: it runs in-process) while a workload runs.</summary>
internal sealed class Measurement : IAsyncDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;
    private long peakBytes;

    private Measurement()
    {
        peakBytes = CurrentWorkingSet();
        sampler = Task.Run(async () =>
        {
            using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            try
            {
                while (await tick.WaitForNextTickAsync(stop.Token)) Sample();
            }
            catch (OperationCanceledException) { /* stopped */ }
        });
    }

    public TimeSpan Elapsed { get; private set; }
    public long PeakWorkingSetBytes => Interlocked.Read(ref peakBytes);

    public static Measurement Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new Measurement();
    }

    public async Task StopAsync()
    {
        Elapsed = clock.Elapsed;
        Sample();
        await stop.CancelAsync();
        await sampler;
    }

    private void Sample()
    {
        var now = CurrentWorkingSet();
        long seen;
        while (now > (seen = Interlocked.Read(ref peakBytes)) && Interlocked.CompareExchange(ref peakBytes, now, seen) != seen) { }
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested) await StopAsync();
        stop.Dispose();
    }
}
