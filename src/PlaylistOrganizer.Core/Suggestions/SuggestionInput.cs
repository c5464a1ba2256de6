namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>A video as the suggester sees it. <see cref="Embedding"/> is null when no model ran (words and channel only).</summary>
public sealed record SuggestionVideo(
    string Id, string? Title, string? ChannelId, string? ChannelTitle, IReadOnlyList<string> Tags, string? Description,
    string? YouTubeCategoryId, bool InWatchLater)
{
    public float[]? Embedding { get; init; }
}

/// <summary>A category of the draft. <see cref="Prototype"/> is the embedding of its title, description and keywords:
/// what a category with no videos yet is recognised by (zero-shot).</summary>
public sealed record SuggestionCategory(long Id, string Title, string Description)
{
    /// <summary>What the user typed to say what belongs here; read like the title's words.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>The text the sentence model reads for the prototype.</summary>
    public string PrototypeText => string.Join(". ", new[] { Title, Description, Keywords }.Where(t => !string.IsNullOrWhiteSpace(t)));

    public float[]? Prototype { get; init; }
}

/// <summary>Everything one computation starts from.</summary>
/// <param name="Labels">The user's own labels: category ids per video already in a category.</param>
/// <param name="Rejections">(video, category) pairs the user said no to: never suggested again.</param>
public sealed record SuggestionInput(
    IReadOnlyList<SuggestionVideo> Videos,
    IReadOnlyList<SuggestionCategory> Categories,
    IReadOnlyDictionary<string, IReadOnlyList<long>> Labels,
    IReadOnlySet<(string VideoId, long CategoryId)> Rejections);

/// <summary>One suggested category with its calibrated confidence: of suggestions shown at 0.9, about 9 in 10 are right.</summary>
public sealed record RankedCategory(long CategoryId, string Title, double Confidence);

/// <summary>The suggestions for one video in no category, best first.</summary>
/// <param name="SecondIsClose">The second category is right at least one time in four (confidence ≥ 0.25): offered as
/// well (a video may be in several categories).</param>
public sealed record VideoSuggestion(string VideoId, string? Title, string? ChannelTitle, bool InWatchLater, IReadOnlyList<RankedCategory> Ranked, bool SecondIsClose)
{
    public RankedCategory Top => Ranked[0];
}

/// <summary>Why a category is suggested: the most similar labelled videos in it, and what the channel's videos are in.</summary>
public sealed record SuggestionReasons(IReadOnlyList<SuggestionReasons.Neighbour> Nearest, int ChannelVideosInCategory, int ChannelVideosLabelled, string? ChannelTitle)
{
    public sealed record Neighbour(string VideoId, string? Title, double Similarity);
}
