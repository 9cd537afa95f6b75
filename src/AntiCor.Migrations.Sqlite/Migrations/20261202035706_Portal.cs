using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CitizenMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenMessages_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_MeasureId",
                table: "CitizenMessages",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_OrganizationId_HandledAtUtc_ReceivedAtUtc",
                table: "CitizenMessages",
                columns: new[] { "OrganizationId", "HandledAtUtc", "ReceivedAtUtc" });

            // The portal's full-text search (Features/Portal/PortalSearch): FTS5 tables holding a copy
            // of each measure's text and each report's "what was done", keyed by the row's id (not its
            // rowid, which VACUUM may renumber), kept in step by triggers (SearchTriggers). unicode61 folds Ukrainian
            // case; diacritics are kept so that й/и and ї/і stay apart. A later migration that rebuilds
            // Measures or Reports drops these triggers and must create them again.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE MeasureSearch USING fts5(Id UNINDEXED, Text, tokenize = 'unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("INSERT INTO MeasureSearch (Id, Text) SELECT Id, Text FROM Measures;");
            foreach (var sql in SearchTriggers.Measures)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.Sql("CREATE VIRTUAL TABLE ReportSearch USING fts5(Id UNINDEXED, WhatWasDone, tokenize = 'unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("INSERT INTO ReportSearch (Id, WhatWasDone) SELECT Id, coalesce(WhatWasDone, '') FROM Reports;");
            foreach (var sql in SearchTriggers.Reports)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "measure_search_insert", "measure_search_update", "measure_search_delete", "report_search_insert", "report_search_update", "report_search_delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS MeasureSearch;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ReportSearch;");

            migrationBuilder.DropTable(
                name: "CitizenMessages");
        }
    }
}
