using System.Runtime.CompilerServices;

// The generator tests check theme-level properties (overlap stays mostly within a theme) against DemoThemes.
[assembly: InternalsVisibleTo("PlaylistOrganizer.FakeYouTube.Tests")]
