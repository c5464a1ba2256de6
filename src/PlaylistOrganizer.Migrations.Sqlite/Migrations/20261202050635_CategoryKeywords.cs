using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaylistOrganizer.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CategoryKeywords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "Categories",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "Categories");
        }
    }
}
