namespace PlaylistOrganizer.Core.Categories;

public enum CategoryErrorCode
{
    TitleEmpty,
    TitleTooLong,
    TitleHasForbiddenCharacter,
    DuplicateTitle,
    DescriptionTooLong,
    DescriptionHasForbiddenCharacter,
    KeywordsTooLong,
    InvalidPrivacy,
    TooManyVideos,
    UnknownCategory,
    UnknownVideo,
    MalformedVideoId,
    NothingSelected,
    NothingToUndo,
    NothingToRedo,
    MalformedFile,
    /// <summary>A quick start that would add categories beside existing ones was not confirmed.</summary>
    CategoriesExist,
}

/// <summary>Why an edit, an import or an approval was refused. Refused means nothing changed.</summary>
public sealed record CategoryError(CategoryErrorCode Code, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The outcome of one edit: applied (with what it touched) or refused with its errors.</summary>
public sealed record EditResult
{
    public IReadOnlyList<CategoryError> Errors { get; private init; } = [];
    public bool Succeeded => Errors.Count == 0;
    /// <summary>The category the edit created or kept (create, split, merge), if any.</summary>
    public long? CategoryId { get; private init; }
    /// <summary>Rows (category-video links) the edit added or removed; 0 for pure metadata edits.</summary>
    public int LinksChanged { get; private init; }
    /// <summary>What the journal calls this edit ("Rename 'A' to 'B'").</summary>
    public string? Description { get; private init; }

    public static EditResult Ok(string description, long? categoryId = null, int linksChanged = 0) =>
        new() { Description = description, CategoryId = categoryId, LinksChanged = linksChanged };

    public static EditResult Refused(params IEnumerable<CategoryError> errors) => new() { Errors = errors.ToList() };

    public static EditResult Refused(CategoryErrorCode code, string message) => Refused([new CategoryError(code, message)]);

    public override string ToString() => Succeeded ? Description ?? "ok" : string.Join(" ", Errors.Select(e => e.Message));
}
