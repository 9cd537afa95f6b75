using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationsAsTenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditCheckpoints_Count",
                table: "AuditCheckpoints");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "ProgrammeEditions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "OrgUnits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Organizations",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Organizations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormerNames",
                table: "Organizations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Katottg",
                table: "Organizations",
                type: "TEXT",
                maxLength: 19,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Organizations",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "CityCouncil");

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "Organizations",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "Directions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Directions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ChainId",
                table: "AuditCheckpoints",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "CurrentOrganizationId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries",
                columns: new[] { "ChainId", "Sequence" });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEditions_OrganizationId",
                table: "ProgrammeEditions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Code",
                table: "Organizations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ParentId",
                table: "Organizations",
                column: "ParentId");

            // IX_Organizations_Slug is created by OrganizationsAsTenantsData, once every organisation has its own slug.
            migrationBuilder.CreateIndex(
                name: "IX_Measures_OrganizationId",
                table: "Measures",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Directions_OrganizationId",
                table: "Directions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_ChainId_Count",
                table: "AuditCheckpoints",
                columns: new[] { "ChainId", "Count" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganizationId_Role",
                table: "Memberships",
                columns: new[] { "OrganizationId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId_OrganizationId_Role",
                table: "Memberships",
                columns: new[] { "UserId", "OrganizationId", "Role" },
                unique: true);

            // No foreign key for ParentId on SQLite: adding one rebuilds the table, which would copy
            // several organisations' still-empty slugs into a uniquely indexed column. The parent is
            // checked by the application (Organization.SetParent takes a loaded organisation).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropIndex(
                name: "IX_ProgrammeEditions_OrganizationId",
                table: "ProgrammeEditions");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Code",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_ParentId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Slug",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Measures_OrganizationId",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Directions_OrganizationId",
                table: "Directions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditCheckpoints_ChainId_Count",
                table: "AuditCheckpoints");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "ProgrammeEditions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "FormerNames",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Katottg",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Slug",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Directions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Directions");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainId",
                table: "AuditCheckpoints");

            migrationBuilder.DropColumn(
                name: "CurrentOrganizationId",
                table: "AspNetUsers");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_Count",
                table: "AuditCheckpoints",
                column: "Count",
                unique: true);
        }
    }
}
