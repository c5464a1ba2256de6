namespace PlaylistOrganizer.App.Components.Pages.Videos;

/// <summary>
/// The picture a video row shows. With a real account it is the URL videos.list gave (i.ytimg.com), loaded by the
/// user's browser as on YouTube itself. In demo mode nothing may leave the machine, and a stored URL may name the
/// emulator on the port of an earlier run, or i.ytimg.com for a library imported before the emulator served pictures:
/// the path is kept and put onto the running emulator, which serves the same paths.
/// </summary>
/// <param name="demoRoot">The demo emulator's root; null outside demo mode.</param>
public sealed class ThumbnailLinks(Uri? demoRoot)
{
    public string? For(string? stored)
    {
        if (stored is null || !Uri.TryCreate(stored, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        return demoRoot is null ? uri.AbsoluteUri : new Uri(demoRoot, uri.AbsolutePath).AbsoluteUri;
    }
}
