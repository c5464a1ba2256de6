using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PlaylistOrganizer.Migrations.Postgres.Migrations
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
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    VideoId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastCheck = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchLaterChecklist", x => new { x.RunId, x.VideoId });
                });

            migrationBuilder.CreateTable(
                name: "WatchLaterVerifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ExportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false),
                    StillThere = table.Column<int>(type: "integer", nullable: false),
                    KeptButGone = table.Column<int>(type: "integer", nullable: false),
                    AddedSince = table.Column<int>(type: "integer", nullable: false)
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
