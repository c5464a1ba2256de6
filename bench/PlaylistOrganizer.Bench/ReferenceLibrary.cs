using PlaylistOrganizer.FakeYouTube.Demo;

namespace PlaylistOrganizer.Bench;

/// <summary>A named reference library: one of <see cref="DemoLibraryGenerator"/>'s presets, generated deterministically.</summary>
internal sealed record ReferenceLibrary(string Name, DemoLibraryOptions Options)
{
    public static readonly IReadOnlyList<ReferenceLibrary> All =
        DemoLibraryOptions.Presets.Select(p => new ReferenceLibrary(p.Key, p.Value)).ToList();

    public static ReferenceLibrary? Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
