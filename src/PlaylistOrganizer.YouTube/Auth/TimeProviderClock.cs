using Google.Apis.Util;

namespace PlaylistOrganizer.YouTube.Auth;

/// <summary>Google.Apis' <see cref="IClock"/> driven by a <see cref="TimeProvider"/>, so token expiry and refresh follow
/// the app's clock (and a <c>FakeTimeProvider</c> in tests) instead of the system clock.</summary>
public sealed class TimeProviderClock(TimeProvider timeProvider) : IClock
{
    public DateTime Now => timeProvider.GetLocalNow().DateTime;
    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;
}
