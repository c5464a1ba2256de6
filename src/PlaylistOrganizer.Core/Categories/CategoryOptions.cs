using System.ComponentModel.DataAnnotations;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Settings of the category editor (configuration section "Categories").</summary>
public sealed class CategoryOptions
{
    public const string Section = "Categories";

    /// <summary>How many edits can be undone. Default 50; at least 20 (the product promise).</summary>
    [Range(20, 10_000)]
    public int UndoDepth { get; set; } = 50;
}
