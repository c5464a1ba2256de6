using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaylistOrganizer.Migrations.Postgres.Migrations
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "Tags",
                table: "Videos",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YouTubeCategoryId",
                table: "Videos",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "StagedVideos",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "Tags",
                table: "StagedVideos",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YouTubeCategoryId",
                table: "StagedVideos",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SuggestionRejections",
                columns: table => new
                {
                    VideoId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CategoryId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionRejections", x => new { x.VideoId, x.CategoryId });
                });

            migrationBuilder.CreateTable(
                name: "VideoEmbeddings",
                columns: table => new
                {
                    VideoId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TextHash = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Vector = table.Column<byte[]>(type: "bytea", nullable: false)
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
