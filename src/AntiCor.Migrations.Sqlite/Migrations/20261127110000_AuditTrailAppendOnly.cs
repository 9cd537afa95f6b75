using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <summary>The audit trail is append-only in the database file too: triggers refuse UPDATE and DELETE.</summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261127110000_AuditTrailAppendOnly")]
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'Журнал аудиту лише доповнюється: UPDATE заборонено'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'Журнал аудиту лише доповнюється: DELETE заборонено'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_delete;");
        }
    }
}
