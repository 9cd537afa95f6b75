using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// ProgrammeFormats rebuilt Measures (SQLite adds a foreign key by copying the table), which
    /// dropped the portal's search triggers; EF writes a rebuild at the end of its migration, after
    /// any SQL of the same migration, so they are created again here, in a migration of their own.
    /// </summary>
    public partial class SearchTriggersAfterRebuild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => SearchTriggers.RestoreMeasures(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the triggers are the Portal migration's, and its Down drops them.
        }
    }
}
