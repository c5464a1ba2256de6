namespace PlaylistOrganizer.FakeYouTube.Quota;

/// <summary>
/// What the emulator counted per method since the account was created: calls charged, units charged, and calls
/// refused before charging (auth, scope, quota spent). Tests compare a client's own ledger with this.
/// Guarded by the owning account's gate.
/// </summary>
public sealed class CallLedger
{
    private readonly SortedDictionary<string, MethodCount> _methods = new(StringComparer.Ordinal);

    public void Charged(string method, int units) => Entry(method).AddCharged(units);

    public void NotCharged(string method) => Entry(method).AddNotCharged();

    public IReadOnlyDictionary<string, MethodCount> Snapshot() =>
        _methods.ToDictionary(kv => kv.Key, kv => kv.Value with { });

    public int TotalUnits => _methods.Values.Sum(m => m.Units);

    private MethodCount Entry(string method)
    {
        if (!_methods.TryGetValue(method, out var count)) _methods[method] = count = new MethodCount();
        return count;
    }
}

public sealed record MethodCount
{
    public int Calls { get; private set; }
    public int Units { get; private set; }
    public int NotCharged { get; private set; }

    internal void AddCharged(int units) { Calls++; Units += units; }
    internal void AddNotCharged() => NotCharged++;
}
