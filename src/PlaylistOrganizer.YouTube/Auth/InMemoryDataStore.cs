using System.Collections.Concurrent;
using Google.Apis.Json;
using Google.Apis.Util.Store;

namespace PlaylistOrganizer.YouTube.Auth;

/// <summary>
/// An <see cref="IDataStore"/> that keeps values in memory, serialized as JSON the way Google's <c>FileDataStore</c>
/// does (so a stored token cannot be mutated behind the store's back). For tests and demos; the App's store encrypts
/// tokens at rest. Thread-safe.
/// </summary>
public sealed class InMemoryDataStore : IDataStore
{
    private readonly ConcurrentDictionary<string, string> values = new(StringComparer.Ordinal);

    /// <summary>How many entries are stored (for tests).</summary>
    public int Count => values.Count;

    public Task StoreAsync<T>(string key, T value)
    {
        values[StoredKey<T>(key)] = NewtonsoftJsonSerializer.Instance.Serialize(value);
        return Task.CompletedTask;
    }

    public Task DeleteAsync<T>(string key)
    {
        values.TryRemove(StoredKey<T>(key), out _);
        return Task.CompletedTask;
    }

    public Task<T> GetAsync<T>(string key) =>
        Task.FromResult(values.TryGetValue(StoredKey<T>(key), out var json)
            ? NewtonsoftJsonSerializer.Instance.Deserialize<T>(json)
            : default!);

    public Task ClearAsync()
    {
        values.Clear();
        return Task.CompletedTask;
    }

    // Same shape as FileDataStore's key: the type keeps a TokenResponse and another value under one key apart.
    private static string StoredKey<T>(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return $"{typeof(T).FullName}-{key}";
    }

    public override string ToString() => $"InMemoryDataStore ({values.Count} entries)";
}
