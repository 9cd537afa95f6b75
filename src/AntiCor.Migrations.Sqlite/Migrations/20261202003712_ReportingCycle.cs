using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportingCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReportingDaysAfterPeriod",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReportingMoveOffDaysOff",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ReportingWorkingDays",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsLead",
                table: "MeasureExecutors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceContents",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: true),
                    StoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceContents", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "GroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMembers_OrgUnits_GroupId",
                        column: x => x.GroupId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMembers_OrgUnits_MemberId",
                        column: x => x.MemberId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProgrammeTarget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingPeriods_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatusOverride = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssessedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureAssessments_ReportingPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsExternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Obligations_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Obligations_ReportingPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderDeliveries_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WhatWasDone = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CancellingAct = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValue_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValue_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContentSha256 = table.Column<string>(type: "TEXT", nullable: true),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEvidence_EvidenceContents_ContentSha256",
                        column: x => x.ContentSha256,
                        principalTable: "EvidenceContents",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportEvidence_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_OrgUnitId",
                table: "CalendarFeeds",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenSha256",
                table: "CalendarFeeds",
                column: "TokenSha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_UserId",
                table: "CalendarFeeds",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_GroupId_MemberId",
                table: "GroupMembers",
                columns: new[] { "GroupId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_MemberId",
                table: "GroupMembers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_MeasureId",
                table: "Indicators",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorId",
                table: "IndicatorTargets",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValue_IndicatorId",
                table: "IndicatorValue",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValue_ReportId_IndicatorId",
                table: "IndicatorValue",
                columns: new[] { "ReportId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAssessments_PeriodId_MeasureId",
                table: "MeasureAssessments",
                columns: new[] { "PeriodId", "MeasureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_MeasureId",
                table: "Obligations",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_OrgUnitId_PeriodId",
                table: "Obligations",
                columns: new[] { "OrgUnitId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_PeriodId_MeasureId_OrgUnitId",
                table: "Obligations",
                columns: new[] { "PeriodId", "MeasureId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicHolidays_Date",
                table: "PublicHolidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDeliveries_ObligationId_Kind",
                table: "ReminderDeliveries",
                columns: new[] { "ObligationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvidence_ContentSha256",
                table: "ReportEvidence",
                column: "ContentSha256");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvidence_ReportId",
                table: "ReportEvidence",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingPeriods_OrganizationId_DueOn",
                table: "ReportingPeriods",
                columns: new[] { "OrganizationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingPeriods_ProgrammeId_Key",
                table: "ReportingPeriods",
                columns: new[] { "ProgrammeId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ObligationId_Number",
                table: "Reports",
                columns: new[] { "ObligationId", "Number" },
                unique: true);

            // The first unit a document names leads the measure (groups and outside parties cannot).
            migrationBuilder.Sql(
                """
                UPDATE "MeasureExecutors" SET "IsLead" = 1
                WHERE "Id" IN (
                    SELECT e."Id" FROM "MeasureExecutors" e JOIN "OrgUnits" u ON u."Id" = e."OrgUnitId"
                    WHERE u."Kind" = 'Unit' AND e."Position" = (
                        SELECT MIN(e2."Position") FROM "MeasureExecutors" e2 JOIN "OrgUnits" u2 ON u2."Id" = e2."OrgUnitId"
                        WHERE e2."MeasureId" = e."MeasureId" AND u2."Kind" = 'Unit'));
                """);

            // Ships with the statutory holidays; the deployment administrator edits them.
            for (var year = 2019; year <= 2035; year++)
            {
                foreach (var (date, name) in AntiCor.Core.Reporting.StatutoryHolidays.For(year))
                {
                    migrationBuilder.InsertData(
                        table: "PublicHolidays",
                        columns: ["Id", "Date", "Name"],
                        values: [Guid.CreateVersion7(), date, name]);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "GroupMembers");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "IndicatorValue");

            migrationBuilder.DropTable(
                name: "MeasureAssessments");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropTable(
                name: "ReminderDeliveries");

            migrationBuilder.DropTable(
                name: "ReportEvidence");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "EvidenceContents");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Obligations");

            migrationBuilder.DropTable(
                name: "ReportingPeriods");

            migrationBuilder.DropColumn(
                name: "ReportingDaysAfterPeriod",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ReportingMoveOffDaysOff",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ReportingWorkingDays",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "IsLead",
                table: "MeasureExecutors");
        }
    }
}
