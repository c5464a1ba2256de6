using Microsoft.Extensions.Options;

namespace PlaylistOrganizer.Core.Tests;

/// <summary>Options that never change, for the classes that read them through <see cref="IOptionsMonitor{T}"/>.</summary>
internal sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
