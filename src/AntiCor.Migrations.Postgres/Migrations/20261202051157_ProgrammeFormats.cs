using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeFormats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ActNumber",
                table: "Programmes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "ActKind",
                table: "Programmes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ActDate",
                table: "Programmes",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<bool>(
                name: "ReportingUnset",
                table: "Programmes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ExpectedResult",
                table: "Measures",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MonitoringActualDate",
                table: "Measures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MonitoringResult",
                table: "Measures",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MonitoringStatus",
                table: "Measures",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MonitoringStatusNormalized",
                table: "Measures",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Resources",
                table: "Measures",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RiskId",
                table: "Measures",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermDueEachYear",
                table: "Measures",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermPartOfYear",
                table: "Measures",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FromDocument",
                table: "Indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TargetText",
                table: "Indicators",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ColumnPresets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Header = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Meaning = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ColumnPresets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ColumnPresets_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorruptionRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Process = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Sources = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Controls = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Likelihood = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Consequence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Level = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LevelNormalized = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorruptionRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorruptionRisks_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_RiskId",
                table: "Measures",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_ColumnPresets_OrganizationId_Header",
                table: "ColumnPresets",
                columns: new[] { "OrganizationId", "Header" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorruptionRisks_ProgrammeId_Position",
                table: "CorruptionRisks",
                columns: new[] { "ProgrammeId", "Position" });

            migrationBuilder.AddForeignKey(
                name: "FK_Measures_CorruptionRisks_RiskId",
                table: "Measures",
                column: "RiskId",
                principalTable: "CorruptionRisks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Measures_CorruptionRisks_RiskId",
                table: "Measures");

            migrationBuilder.DropTable(
                name: "ColumnPresets");

            migrationBuilder.DropTable(
                name: "CorruptionRisks");

            migrationBuilder.DropIndex(
                name: "IX_Measures_RiskId",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ReportingUnset",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ExpectedResult",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "MonitoringActualDate",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "MonitoringResult",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "MonitoringStatus",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "MonitoringStatusNormalized",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Resources",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "RiskId",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "TermDueEachYear",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "TermPartOfYear",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FromDocument",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "TargetText",
                table: "Indicators");

            migrationBuilder.AlterColumn<string>(
                name: "ActNumber",
                table: "Programmes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ActKind",
                table: "Programmes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ActDate",
                table: "Programmes",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
