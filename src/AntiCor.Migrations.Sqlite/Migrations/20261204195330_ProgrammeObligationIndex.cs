using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeObligationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Obligations_ProgrammeId",
                table: "Obligations",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_OrganizationId",
                table: "GroupMembers",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_ProgrammeId",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_GroupMembers_OrganizationId",
                table: "GroupMembers");
        }
    }
}
