using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaylistOrganizer.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WatchLaterChecklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WatchLaterChecklist",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    VideoId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TickedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastCheck = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchLaterChecklist", x => new { x.RunId, x.VideoId });
                });

            migrationBuilder.CreateTable(
                name: "WatchLaterVerifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ExportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    StillThere = table.Column<int>(type: "INTEGER", nullable: false),
                    KeptButGone = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedSince = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchLaterVerifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WatchLaterChecklist_RunId_AddedAt_Position",
                table: "WatchLaterChecklist",
                columns: new[] { "RunId", "AddedAt", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_WatchLaterVerifications_RunId",
                table: "WatchLaterVerifications",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WatchLaterChecklist");

            migrationBuilder.DropTable(
                name: "WatchLaterVerifications");
        }
    }
}
