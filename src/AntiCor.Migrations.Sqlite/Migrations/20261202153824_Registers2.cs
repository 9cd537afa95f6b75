using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registers2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DismissedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisterUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NacpNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LiablePersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Offence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OffenceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionKind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dismissed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CausesReviewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeasuresTaken = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiablePersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiablePersons_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_OrganizationId_DueOn",
                table: "Declarations",
                columns: new[] { "OrganizationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_OrganizationId_Year_Email",
                table: "Declarations",
                columns: new[] { "OrganizationId", "Year", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_OrgUnitId",
                table: "Declarations",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LiablePersons_OrganizationId_DecisionOn",
                table: "LiablePersons",
                columns: new[] { "OrganizationId", "DecisionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LiablePersons_OrgUnitId",
                table: "LiablePersons",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "LiablePersons");
        }
    }
}
