using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.YouTube;

/// <summary>Our retry settings, as every repeatable YouTube call gets them (not Polly's internals).</summary>
public sealed class RetryPipelinesTests
{
    private static readonly YouTubeError ServerError = new(YouTubeErrorKind.Transient, 503, "backendError", "Try again.");
    private static readonly YouTubeError QuotaSpent = new(YouTubeErrorKind.QuotaExceeded, 403, "quotaExceeded", "Spent.");

    private static RetryPipelines Pipelines(int maxRetryAttempts) =>
        new(Options.Create(new SyncEngineOptions { MaxRetryAttempts = maxRetryAttempts, RetryBaseDelay = TimeSpan.Zero }), new FakeTimeProvider());

    private static async Task<int> AttemptsOfAReadThatAlwaysFailsWith(RetryPipelines pipelines, YouTubeError error)
    {
        var attempts = 0;
        await pipelines.ForReads().ExecuteAsync(_ =>
        {
            attempts++;
            return ValueTask.FromResult<YouTubeResult<Done>>(error);
        }, CancellationToken.None);
        return attempts;
    }

    [Theory]
    [InlineData(4, 5)]
    [InlineData(2, 3)]
    [InlineData(0, 2)] // reads are retried at least once, even when writes get no retry
    public async Task A_read_that_fails_for_a_passing_reason_is_retried_the_configured_times(int maxRetryAttempts, int attempts) =>
        Assert.Equal(attempts, await AttemptsOfAReadThatAlwaysFailsWith(Pipelines(maxRetryAttempts), ServerError));

    [Fact]
    public async Task A_spent_quota_is_never_retried() =>
        Assert.Equal(1, await AttemptsOfAReadThatAlwaysFailsWith(Pipelines(4), QuotaSpent));

    [Theory]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    public async Task A_writes_attempt_is_repeated_only_when_the_caller_says_so_and_the_configured_times(int maxRetryAttempts, int attempts)
    {
        var made = 0;
        await Pipelines(maxRetryAttempts).ForWriteAttempts(outcome => outcome is "again").ExecuteAsync(_ =>
        {
            made++;
            return ValueTask.FromResult("again");
        }, CancellationToken.None);
        Assert.Equal(attempts, made);
    }

    [Theory]
    [InlineData(-1, "00:00:02", "MaxRetryAttempts")]
    [InlineData(21, "00:00:02", "MaxRetryAttempts")]
    [InlineData(4, "-00:00:01", "RetryBaseDelay")]
    [InlineData(4, "01:00:00", "RetryBaseDelay")]
    public void Settings_out_of_range_are_refused_by_name(int maxRetryAttempts, string delay, string refused)
    {
        var options = new SyncEngineOptions { MaxRetryAttempts = maxRetryAttempts, RetryBaseDelay = TimeSpan.Parse(delay) };
        var problems = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true));
        Assert.Contains(refused, Assert.Single(problems).MemberNames);
    }
}
