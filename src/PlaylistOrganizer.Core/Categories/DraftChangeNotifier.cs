namespace PlaylistOrganizer.Core.Categories;

/// <summary>Tells open pages that the draft or the approved version changed, so the "Draft: N changes" line and the
/// lists refresh without a reload. In-process only; a CLI run in another process is seen on the next page load.</summary>
/// <remarks>Thread-safe: handlers are invoked on the caller's thread and must marshal to their own context.</remarks>
public sealed class DraftChangeNotifier
{
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();
}
