using Microsoft.EntityFrameworkCore;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>A context configured exactly as the app configures it, for tools and checks that need the model but no
/// running app (the migrations' design-time factories, the pending-model-changes test).</summary>
public static class DesignTimeContext
{
    public static OrganizerDbContext Create(DatabaseOptions database)
    {
        var builder = new DbContextOptionsBuilder<OrganizerDbContext>();
        database.Apply(builder, dataDirectory: Path.GetTempPath());
        return new OrganizerDbContext(builder.Options);
    }
}
