using PlaylistOrganizer.Core.Categories;

namespace PlaylistOrganizer.App.Endpoints;

/// <summary>Downloads of the draft structure (the Categories page links here). Import goes through the page, which
/// shows the problems of a refused file; scripts use the CLI.</summary>
public static class StructureApi
{
    public static IEndpointRouteBuilder MapStructure(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/structure");
        group.MapGet("/export.json", (CategoryEditor editor, CancellationToken ct) => ExportAsync(editor, StructureFileFormat.Json, ct))
            .WithName("ExportStructureJson");
        group.MapGet("/export.csv", (CategoryEditor editor, CancellationToken ct) => ExportAsync(editor, StructureFileFormat.Csv, ct))
            .WithName("ExportStructureCsv");
        return app;
    }

    private static async Task<IResult> ExportAsync(CategoryEditor editor, StructureFileFormat format, CancellationToken ct)
    {
        var text = StructureFile.Write(await editor.ExportAsync(ct), format);
        return format == StructureFileFormat.Csv
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", "structure.csv")
            : Results.File(System.Text.Encoding.UTF8.GetBytes(text), "application/json; charset=utf-8", "structure.json");
    }
}
