using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Cli;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.IntegrationTests.Cli;

/// <summary>The structure verbs as a script runs them: real configuration, a real SQLite file in a temporary data folder.</summary>
public sealed class StructureCliTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("po-cli-").FullName;

    public StructureCliTests()
    {
        // Demo mode keeps its database in demo.db; seed a small library there.
        var database = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(dataDirectory, "demo.db")}" };
        using var db = DesignTimeContext.Create(database);
        db.Database.Migrate();
        db.Videos.AddRange(Enumerable.Range(0, 5).Select(i => new LibraryVideo { Id = $"cli{i:D8}", Title = $"Video {i}", Availability = VideoAvailability.Available }));
        db.SaveChanges();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await CliCommands.RunAsync([.. args, $"--App:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=None"]);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(dataDirectory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Import_approve_and_export_give_back_the_same_file()
    {
        var structure = """
            {
              "format": "playlist-organizer.structure",
              "version": 1,
              "categories": [
                {
                  "title": "Cooking",
                  "description": "Recipes",
                  "privacy": "unlisted",
                  "keywords": "recipe, bbq",
                  "videoIds": [
                    "cli00000000",
                    "cli00000001"
                  ]
                },
                {
                  "title": "Music",
                  "description": "",
                  "privacy": "private",
                  "keywords": "",
                  "videoIds": [
                    "cli00000001",
                    "unknown0001"
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n");

        var import = await RunAsync("structure", "import", "--file", File("in.json", structure));
        var approve = await RunAsync("structure", "approve");
        var export = await RunAsync("structure", "export", "--file", Path.Combine(dataDirectory, "out.json"));
        var csv = await RunAsync("structure", "export", "--file", Path.Combine(dataDirectory, "out.csv"), "--format", "csv");

        Assert.Equal(0, import.Code);
        Assert.Contains("Imported 2 categories", import.Out);
        Assert.Contains("1 video id is not in the library (imported anyway): unknown0001", import.Out);
        Assert.Equal(0, approve.Code);
        Assert.Contains("Approved version 1: 2 categories, 4 video placements", approve.Out);
        Assert.Equal((0, 0), (export.Code, csv.Code));
        Assert.Equal(structure, System.IO.File.ReadAllText(Path.Combine(dataDirectory, "out.json")));
        Assert.Equal("category,videoId\nCooking,cli00000000\nCooking,cli00000001\nMusic,cli00000001\nMusic,unknown0001\n",
            System.IO.File.ReadAllText(Path.Combine(dataDirectory, "out.csv")));
        Assert.Contains("already approved as version 1", (await RunAsync("structure", "approve")).Out);
    }

    [Fact]
    public async Task A_malformed_file_exits_1_with_the_reason_and_changes_nothing()
    {
        await RunAsync("structure", "import", "--file", File("ok.csv", "category,videoId\nKeep,cli00000003\n"));
        await RunAsync("structure", "export", "--file", Path.Combine(dataDirectory, "before.json"));

        var bad = await RunAsync("structure", "import", "--file", File("bad.csv", "category,videoId\nToo <long>,cli00000003\n"));
        await RunAsync("structure", "export", "--file", Path.Combine(dataDirectory, "after.json"));

        Assert.Equal(1, bad.Code);
        Assert.Contains("bad.csv was not imported; nothing changed:", bad.Error);
        Assert.Contains("Title 'Too <long>' contains '<'", bad.Error);
        Assert.Equal(System.IO.File.ReadAllText(Path.Combine(dataDirectory, "before.json")), System.IO.File.ReadAllText(Path.Combine(dataDirectory, "after.json")));
    }

    [Fact]
    public async Task Approve_refuses_an_empty_structure_with_exit_code_1()
    {
        var result = await RunAsync("structure", "approve");

        Assert.True(result.Code == 1, result.Error);
        Assert.Contains("The structure has no categories yet.", result.Error);
    }
}
