using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Architecture;

/// <summary>
/// Feature folders depend one way. Restoring a backup is a sync and the operation log reads the sync's journal, so
/// Safety and Reporting use Sync; the sync takes its backups and writes the activity log, so Sync uses Backups and
/// ActivityLog. None of those may use its user back: a cycle makes every change to one a change to the other.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string Core = "PlaylistOrganizer.Core";

    private static readonly List<(Type From, Type To)> References = TypeReferences.Of(typeof(SyncEngine).Assembly).ToList();

    [Theory]
    [InlineData("Sync", "Safety")]
    [InlineData("Sync", "ActivityLog")]
    [InlineData("Sync", "Backups")]
    [InlineData("Safety", "ActivityLog")]
    [InlineData("Safety", "Backups")]
    [InlineData("Reporting", "Sync")]
    public void Two_feature_namespaces_do_not_use_each_other_both_ways(string first, string second)
    {
        var forth = Uses(first, second);
        var back = Uses(second, first);

        Assert.True(forth.Count == 0 || back.Count == 0,
            $"{first} uses {second} ({string.Join(", ", forth.Take(5))}) and {second} uses {first} ({string.Join(", ", back.Take(5))}).");
    }

    [Fact]
    public void The_scan_sees_uses_inside_method_bodies()
    {
        // The journal writes the activity log with a static call in a method body, and nothing in its signatures names it.
        Assert.Contains("SyncJournal -> ActivityEntry", Uses("Sync", "ActivityLog"));
    }

    /// <summary>"From -> To" for every use of a type in <paramref name="to"/> by a type in <paramref name="from"/>.</summary>
    private static List<string> Uses(string from, string to) =>
        References.Where(r => r.From.IsIn($"{Core}.{from}") && r.To.IsIn($"{Core}.{to}"))
            .Select(r => $"{Outermost(r.From).Name} -> {Outermost(r.To).Name}").Distinct().Order().ToList();

    /// <summary>A lambda's or async method's compiler-made class counts as the type it was written in.</summary>
    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
