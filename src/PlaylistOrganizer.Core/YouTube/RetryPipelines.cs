using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.YouTube;

/// <summary>
/// The one place that builds the app's retry pipelines, from <see cref="SyncEngineOptions"/> (validated at start-up):
/// exponential back-off with jitter from <see cref="SyncEngineOptions.RetryBaseDelay"/>, on the injected clock.
/// </summary>
/// <remarks>Every attempt goes through the metered gateway, so each is charged. A spent quota or refused credentials are
/// never retried here: those stop the work until the reset or a reconnect, as persisted state (a quota wait is never a
/// delay in a pipeline).</remarks>
public sealed class RetryPipelines(IOptions<SyncEngineOptions> options, TimeProvider time)
{
    /// <summary>Retries of a write's attempts allowed after the first (<see cref="SyncEngineOptions.MaxRetryAttempts"/>).</summary>
    public int WriteRetries => options.Value.MaxRetryAttempts;

    /// <summary>
    /// For reads (list calls), which are safe to repeat: a passing failure (server error, dropped connection, rate limit)
    /// is retried <see cref="SyncEngineOptions.MaxRetryAttempts"/> times, and at least once even when writes get none.
    /// </summary>
    public ResiliencePipeline ForReads() => Build(Math.Max(1, options.Value.MaxRetryAttempts), outcome =>
        outcome is IYouTubeResult { Error.Kind: YouTubeErrorKind.Transient or YouTubeErrorKind.Unreachable or YouTubeErrorKind.RateLimited });

    /// <summary>
    /// For a write's attempts: <paramref name="retry"/> says which outcomes are worth another attempt (the attempt itself
    /// reads an unknown outcome back before it resends). With no retries configured the attempt runs once.
    /// </summary>
    public ResiliencePipeline ForWriteAttempts(Func<object?, bool> retry) =>
        WriteRetries == 0 ? ResiliencePipeline.Empty : Build(WriteRetries, retry);

    private ResiliencePipeline Build(int retries, Func<object?, bool> retry) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = options.Value.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && retry(args.Outcome.Result)),
            })
            .Build();
}
