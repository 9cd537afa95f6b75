using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Published checkpoints are append-only in the database itself, as the audit rows they vouch
    /// for: UPDATE, DELETE and TRUNCATE are refused by a trigger, whoever the application user is.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201233500_AuditCheckpointsAppendOnly")]
    public partial class AuditCheckpointsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Контрольні точки аудиту лише доповнюються: % заборонено', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_checkpoints_append_only
                    BEFORE UPDATE OR DELETE ON "AuditCheckpoints"
                    FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
                CREATE TRIGGER audit_checkpoints_no_truncate
                    BEFORE TRUNCATE ON "AuditCheckpoints"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_checkpoints_no_truncate ON "AuditCheckpoints";
                DROP TRIGGER IF EXISTS audit_checkpoints_append_only ON "AuditCheckpoints";
                DROP FUNCTION IF EXISTS audit_checkpoints_append_only();
                """);
        }
    }
}
