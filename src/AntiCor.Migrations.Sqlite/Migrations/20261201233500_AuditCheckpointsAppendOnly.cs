using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Sqlite.Migrations
{
    /// <summary>Published checkpoints are append-only in the database file too, as the audit rows they vouch for.</summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201233500_AuditCheckpointsAppendOnly")]
    public partial class AuditCheckpointsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON "AuditCheckpoints"
                BEGIN SELECT RAISE(ABORT, 'Контрольні точки аудиту лише доповнюються: UPDATE заборонено'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON "AuditCheckpoints"
                BEGIN SELECT RAISE(ABORT, 'Контрольні точки аудиту лише доповнюються: DELETE заборонено'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_checkpoints_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;");
        }
    }
}
