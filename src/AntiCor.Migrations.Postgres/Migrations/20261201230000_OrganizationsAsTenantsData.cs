using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Brings an existing database's rows to organisations as tenants, losing nothing: every
    /// organisation gets a slug (the sample's city its known one), every direction, measure and
    /// edition the organisation of its programme, every role held the same way as a membership of
    /// the (first) organisation, and the first administrator becomes the deployment's. Existing
    /// audit rows form the deployment's chain, whose hashing is unchanged, so they still verify.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201230000_OrganizationsAsTenantsData")]
    public partial class OrganizationsAsTenantsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Organizations" SET "Slug" = CASE
                    WHEN "Name" = 'Міська рада міста Кропивницького' THEN 'kropyvnytskyi'
                    ELSE 'org-' || substr(replace("Id"::text, '-', ''), 1, 12) END;
                """);
            migrationBuilder.CreateIndex(name: "IX_Organizations_Slug", table: "Organizations", column: "Slug", unique: true);

            migrationBuilder.Sql("""
                UPDATE "Directions" d SET "OrganizationId" = p."OrganizationId" FROM "Programmes" p WHERE p."Id" = d."ProgrammeId";
                UPDATE "Measures" m SET "OrganizationId" = d."OrganizationId" FROM "Directions" d WHERE d."Id" = m."DirectionId";
                UPDATE "ProgrammeEditions" e SET "OrganizationId" = p."OrganizationId" FROM "Programmes" p WHERE p."Id" = e."ProgrammeId";
                """);

            migrationBuilder.Sql("""
                INSERT INTO "Memberships" ("Id", "UserId", "OrganizationId", "Role")
                SELECT gen_random_uuid(), ur."UserId", o."Id", r."Name"
                FROM "AspNetUserRoles" ur
                JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
                CROSS JOIN (SELECT "Id" FROM "Organizations" ORDER BY "Name" LIMIT 1) o
                WHERE r."Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor', 'Administrator');
                UPDATE "AspNetUsers" u SET "CurrentOrganizationId" = (SELECT m."OrganizationId" FROM "Memberships" m WHERE m."UserId" = u."Id" LIMIT 1);
                DELETE FROM "AspNetUserRoles" WHERE "RoleId" IN (SELECT "Id" FROM "AspNetRoles" WHERE "Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor'));
                DELETE FROM "AspNetRoles" WHERE "Name" IN ('Executor', 'Coordinator', 'Head', 'Auditor');
                UPDATE "AspNetRoles" SET "Name" = 'DeploymentAdministrator', "NormalizedName" = 'DEPLOYMENTADMINISTRATOR' WHERE "Name" = 'Administrator';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Organizations_Slug", table: "Organizations");
        }
    }
}
