using Microsoft.AspNetCore.Components;

namespace PlaylistOrganizer.App.Components;

/// <summary>
/// A component whose queries and commands stop when it goes away: the user navigated elsewhere, closed the tab, or the
/// circuit dropped. Pass <see cref="UntilClosed"/> wherever a call takes a token, so no work goes on for a page nobody sees.
/// </summary>
/// <remarks>Work that must outlive the page (a sync, the YouTube import) is not started on this token: it runs in the
/// background on the host's. A call cancelled this way ends as a cancelled task, which Blazor ignores.</remarks>
public abstract class OrganizerComponent : ComponentBase, IDisposable
{
    // Never disposed: it holds no timer, and a continuation still running after Dispose may read its token.
    private readonly CancellationTokenSource closed = new();

    protected CancellationToken UntilClosed => closed.Token;

    public void Dispose()
    {
        closed.Cancel();
        OnClosed();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the component holds (timers, subscriptions, files), after its calls were cancelled.</summary>
    protected virtual void OnClosed() { }
}
