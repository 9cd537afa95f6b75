using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            // The portal's full-text search (Features/Portal/PortalSearch) matches these very expressions.
            migrationBuilder.Sql("""CREATE INDEX "IX_Measures_Search" ON "Measures" USING gin (to_tsvector('simple', "Text"));""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Reports_Search" ON "Reports" USING gin (to_tsvector('simple', coalesce("WhatWasDone", '')));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Measures_Search";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Reports_Search";""");

            migrationBuilder.DropTable(
                name: "CitizenMessages");
        }
    }
}
