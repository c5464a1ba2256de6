namespace PlaylistOrganizer.YouTube; internal static class Placeholder {}
