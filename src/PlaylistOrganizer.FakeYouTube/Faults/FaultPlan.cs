namespace PlaylistOrganizer.FakeYouTube.Faults;

/// <summary>
/// Deterministic fault injection: a scripted queue ("the next N calls of method M fail with F"), consulted first, then
/// an optional seeded random mode. Same seed and same request order give the same faults. Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _lock = new();
    private readonly List<ScriptedFault> _script = [];
    private SeededFaults? _seeded;
    private Random? _random;

    public void Replace(FaultPlanRequest request)
    {
        lock (_lock)
        {
            _script.Clear();
            _script.AddRange(request.Scripted ?? []);
            _seeded = request.Seeded;
            _random = request.Seeded is { } s ? new Random(s.Seed) : null;
        }
    }

    public void Clear() => Replace(new FaultPlanRequest(null, null));

    public FaultPlanRequest Describe()
    {
        lock (_lock) return new FaultPlanRequest([.. _script], _seeded);
    }

    /// <summary>The fault for this call of <paramref name="method"/>, if any. Consumes one scripted slot.</summary>
    public Fault? Next(string method)
    {
        lock (_lock)
        {
            var index = _script.FindIndex(s => s.Method == method || s.Method == "*");
            if (index >= 0)
            {
                var entry = _script[index];
                if (entry.Count <= 1) _script.RemoveAt(index);
                else _script[index] = entry with { Count = entry.Count - 1 };
                return entry.Fault;
            }
            if (_seeded is null || _random is null) return null;
            if (_seeded.Methods is { Count: > 0 } methods && !methods.Contains(method)) return null;
            // One draw per eligible call, compared against the cumulative rates in a fixed order, keeps the sequence stable.
            var draw = _random.NextDouble();
            var cumulative = 0.0;
            foreach (var kind in Enum.GetValues<FaultKind>())
            {
                if (_seeded.Rates.TryGetValue(kind, out var rate)) cumulative += rate;
                if (draw < cumulative) return new Fault(kind, _seeded.LatencyMs, _seeded.AbortConnection);
            }
            return null;
        }
    }
}

/// <summary>The next <see cref="Count"/> calls of <see cref="Method"/> (e.g. "playlistItems.insert", or "*") fail with <see cref="Fault"/>.</summary>
public sealed record ScriptedFault(string Method, int Count, Fault Fault);

/// <summary>Random faults: each eligible call fails with kind K with probability Rates[K].</summary>
/// <param name="Methods">Only these methods are eligible; null or empty means all.</param>
public sealed record SeededFaults(int Seed, Dictionary<FaultKind, double> Rates, List<string>? Methods = null, int LatencyMs = 0, bool AbortConnection = false);

/// <summary>The body of <c>PUT /_emulator/faults</c>; it replaces the whole plan.</summary>
public sealed record FaultPlanRequest(List<ScriptedFault>? Scripted, SeededFaults? Seeded);
