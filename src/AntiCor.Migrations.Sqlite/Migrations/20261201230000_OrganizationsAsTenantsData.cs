using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Brings an existing database's rows to organisations as tenants, losing nothing: every
    /// organisation gets a slug (the sample's city its known one), every direction, measure and
    /// edition the organisation of its programme, every role held the same way as a membership of
    /// the (first) organisation, and the first administrator becomes the deployment's. The audit
    /// table was rebuilt by the schema step (its key now includes the chain), which drops its
    /// triggers: they are made again here. Its existing rows form the deployment's chain, whose
    /// hashing is unchanged, so they still verify.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201230000_OrganizationsAsTenantsData")]
    public partial class OrganizationsAsTenantsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Organizations_Slug";""");
            migrationBuilder.Sql("""
                UPDATE "Organizations" SET "Slug" = CASE
                    WHEN "Name" = 'Міська рада міста Кропивницького' THEN 'kropyvnytskyi'
                    ELSE 'org-' || lower(substr(replace("Id", '-', ''), 1, 12)) END;
                """);
            migrationBuilder.CreateIndex(name: "IX_Organizations_Slug", table: "Organizations", column: "Slug", unique: true);

            migrationBuilder.Sql("""
                UPDATE "Directions" SET "OrganizationId" = (SELECT p."OrganizationId" FROM "Programmes" p WHERE p."Id" = "Directions"."ProgrammeId");
                UPDATE "Measures" SET "OrganizationId" = (SELECT d."OrganizationId" FROM "Directions" d WHERE d."Id" = "Measures"."DirectionId");
                UPDATE "ProgrammeEditions" SET "OrganizationId" = (SELECT p."OrganizationId" FROM "Programmes" p WHERE p."Id" = "ProgrammeEditions"."ProgrammeId");
                """);

            migrationBuilder.Sql("""
                INSERT INTO "Memberships" ("Id", "UserId", "OrganizationId", "Role")
                SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12)),
                       "UserId", "OrganizationId", "Role"
                FROM (SELECT hex(randomblob(16)) AS h, ur."UserId" AS "UserId", r."Name" AS "Role",
                             (SELECT o."Id" FROM "Organizations" o ORDER BY o."Name" LIMIT 1) AS "OrganizationId"
                      FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
                      WHERE r."Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor', 'Administrator'))
                WHERE "OrganizationId" IS NOT NULL;
                UPDATE "AspNetUsers" SET "CurrentOrganizationId" = (SELECT m."OrganizationId" FROM "Memberships" m WHERE m."UserId" = "AspNetUsers"."Id" LIMIT 1);
                DELETE FROM "AspNetUserRoles" WHERE "RoleId" IN (SELECT "Id" FROM "AspNetRoles" WHERE "Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor'));
                DELETE FROM "AspNetRoles" WHERE "Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor');
                UPDATE "AspNetRoles" SET "Name" = 'DeploymentAdministrator', "NormalizedName" = 'DEPLOYMENTADMINISTRATOR' WHERE "Name" = 'Administrator';
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'Журнал аудиту лише доповнюється: UPDATE заборонено'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'Журнал аудиту лише доповнюється: DELETE заборонено'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Organizations_Slug", table: "Organizations");
        }
    }
}
