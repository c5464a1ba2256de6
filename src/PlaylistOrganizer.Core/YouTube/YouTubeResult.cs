using System.Diagnostics.CodeAnalysis;

namespace PlaylistOrganizer.Core.YouTube;

/// <summary>What every call outcome exposes whatever its value type (lets one retry policy judge them all).</summary>
public interface IYouTubeResult
{
    YouTubeError? Error { get; }
}

/// <summary>The outcome of one call: a value or a classified error. Exceptions are for bugs and cancellation only.</summary>
public readonly struct YouTubeResult<T> : IYouTubeResult
{
    private readonly T? value;

    private YouTubeResult(T? value, YouTubeError? error)
    {
        this.value = value;
        Error = error;
    }

    public YouTubeError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws if the call failed (check <see cref="IsSuccess"/> first).</summary>
    public T Value => IsSuccess ? value! : throw new InvalidOperationException($"The call failed: {Error}");

    public static YouTubeResult<T> Success(T value) => new(value, null);
    public static YouTubeResult<T> Failure(YouTubeError error) => new(default, error);

    public static implicit operator YouTubeResult<T>(YouTubeError error) => Failure(error);
}

/// <summary>The success value of calls that return nothing (deletes).</summary>
public readonly record struct Done;
