using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppointmentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Position = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NoticeReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedAppointmentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequiredDays = table.Column<int>(type: "integer", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppointmentNotices_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConflictsOfInterest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SettlementDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SettlementDecision = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ErasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictsOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictsOfInterest_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DraftActReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Proposals = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ProposalsMade = table.Column<int>(type: "integer", nullable: false),
                    ProposalsTaken = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftActReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftActReviews_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Register = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterLinks_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskFactors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskFactors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterLinkIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FigureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisterLinkId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterLinkIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterLinkIndicators_RegisterLinks_RegisterLinkId",
                        column: x => x.RegisterLinkId,
                        principalTable: "RegisterLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DraftActFactors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FactorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftActReviewId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftActFactors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftActFactors_DraftActReviews_DraftActReviewId",
                        column: x => x.DraftActReviewId,
                        principalTable: "DraftActReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DraftActFactors_RiskFactors_FactorId",
                        column: x => x.FactorId,
                        principalTable: "RiskFactors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_OrganizationId_NoticeReceivedOn",
                table: "AppointmentNotices",
                columns: new[] { "OrganizationId", "NoticeReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentNotices_OrgUnitId",
                table: "AppointmentNotices",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictsOfInterest_OrganizationId_NotifiedOn",
                table: "ConflictsOfInterest",
                columns: new[] { "OrganizationId", "NotifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictsOfInterest_OrgUnitId",
                table: "ConflictsOfInterest",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftActFactors_DraftActReviewId",
                table: "DraftActFactors",
                column: "DraftActReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftActFactors_FactorId",
                table: "DraftActFactors",
                column: "FactorId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftActReviews_OrganizationId_SubmittedOn",
                table: "DraftActReviews",
                columns: new[] { "OrganizationId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftActReviews_OrgUnitId",
                table: "DraftActReviews",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterLinkIndicators_RegisterLinkId",
                table: "RegisterLinkIndicators",
                column: "RegisterLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterLinks_MeasureId",
                table: "RegisterLinks",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterLinks_ProgrammeId_Register",
                table: "RegisterLinks",
                columns: new[] { "ProgrammeId", "Register" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskFactors_OrganizationId_Name",
                table: "RiskFactors",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppointmentNotices");

            migrationBuilder.DropTable(
                name: "ConflictsOfInterest");

            migrationBuilder.DropTable(
                name: "DraftActFactors");

            migrationBuilder.DropTable(
                name: "RegisterLinkIndicators");

            migrationBuilder.DropTable(
                name: "DraftActReviews");

            migrationBuilder.DropTable(
                name: "RiskFactors");

            migrationBuilder.DropTable(
                name: "RegisterLinks");
        }
    }
}
