using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaylistOrganizer.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Videos",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "Videos",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YouTubeCategoryId",
                table: "Videos",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "StagedVideos",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "StagedVideos",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YouTubeCategoryId",
                table: "StagedVideos",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SuggestionRejections",
                columns: table => new
                {
                    VideoId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionRejections", x => new { x.VideoId, x.CategoryId });
                });

            migrationBuilder.CreateTable(
                name: "VideoEmbeddings",
                columns: table => new
                {
                    VideoId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VideoEmbeddings", x => x.VideoId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SuggestionRejections");

            migrationBuilder.DropTable(
                name: "VideoEmbeddings");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Videos");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "Videos");

            migrationBuilder.DropColumn(
                name: "YouTubeCategoryId",
                table: "Videos");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "StagedVideos");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "StagedVideos");

            migrationBuilder.DropColumn(
                name: "YouTubeCategoryId",
                table: "StagedVideos");
        }
    }
}
