using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammePublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAtUtc",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            // Programmes stored before drafts existed were public from their import; they stay so.
            migrationBuilder.Sql("UPDATE \"Programmes\" SET \"PublishedAtUtc\" = \"ImportedAtUtc\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAtUtc",
                table: "Programmes");
        }
    }
}
