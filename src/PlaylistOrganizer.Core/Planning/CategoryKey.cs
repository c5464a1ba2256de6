namespace PlaylistOrganizer.Core.Planning;

/// <summary>
/// A category's key within a sync: an approved category's id ("12"), or for a restore, the backed-up playlist it puts
/// back ("restore:PL…"). Its own type, so that it cannot be passed where a playlist or video id is meant.
/// </summary>
public readonly record struct CategoryKey(string Value)
{
    public override string ToString() => Value;
}
