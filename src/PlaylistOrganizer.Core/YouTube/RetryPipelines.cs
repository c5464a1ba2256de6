using Polly;
using Polly.Retry;

namespace PlaylistOrganizer.Core.YouTube;

/// <summary>
/// Retries of reads (list calls) that failed for a passing reason: server errors, dropped connections and rate limits.
/// Reads are safe to repeat; writes are never retried here (the sync engine reconciles them first).
/// </summary>
/// <remarks>Every attempt goes through the metered gateway, so each is charged. A spent quota or a refused token is not
/// retried: those stop the work until the reset or a reconnect.</remarks>
public static class ReadRetryPipeline
{
    public static ResiliencePipeline Create(TimeProvider time, int maxRetryAttempts = 4, TimeSpan? firstDelay = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetryAttempts,
                Delay = firstDelay ?? TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is IYouTubeResult { Error.Kind: YouTubeErrorKind.Transient or YouTubeErrorKind.Unreachable or YouTubeErrorKind.RateLimited }),
            })
            .Build();
}
