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
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "TrainingEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateFileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrainingEventId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingParticipants_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingParticipants_TrainingEvents_TrainingEventId",
                        column: x => x.TrainingEventId,
                        principalTable: "TrainingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_OrganizationId_AskedOn",
                table: "Consultations",
                columns: new[] { "OrganizationId", "AskedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_OrgUnitId",
                table: "Consultations",
                column: "OrgUnitId");

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

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEvents_OrganizationId_StartsOn",
                table: "TrainingEvents",
                columns: new[] { "OrganizationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingParticipants_OrgUnitId",
                table: "TrainingParticipants",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingParticipants_TrainingEventId",
                table: "TrainingParticipants",
                column: "TrainingEventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "LiablePersons");

            migrationBuilder.DropTable(
                name: "TrainingParticipants");

            migrationBuilder.DropTable(
                name: "TrainingEvents");
        }
    }
}
