using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.Core.Categories;

namespace PlaylistOrganizer.App.Structure;

/// <summary>Downloads of the draft structure (the Categories page links here). Import goes through the page, which
/// shows the problems of a refused file; scripts use the CLI.</summary>
public static class StructureEndpoints
{
    public static IEndpointRouteBuilder MapStructure(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/structure");
        group.MapGet("/export.json", (CategoryEditor editor, CancellationToken ct) => ExportAsync(editor, StructureFileFormat.Json, ct))
            .WithName("ExportStructureJson");
        group.MapGet("/export.csv", (CategoryEditor editor, CancellationToken ct) => ExportAsync(editor, StructureFileFormat.Csv, ct))
            .WithName("ExportStructureCsv");
        return routes;
    }

    private static async Task<FileContentHttpResult> ExportAsync(CategoryEditor editor, StructureFileFormat format, CancellationToken ct)
    {
        var text = Encoding.UTF8.GetBytes(StructureFile.Write(await editor.ExportAsync(ct), format));
        return format == StructureFileFormat.Csv
            ? TypedResults.File(text, "text/csv; charset=utf-8", "structure.csv")
            : TypedResults.File(text, "application/json; charset=utf-8", "structure.json");
    }
}
