using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AntiCor.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The audit trail is append-only in the database itself: UPDATE and DELETE on its rows
    /// are refused by a trigger, whoever the application user is.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261127110000_AuditTrailAppendOnly")]
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Журнал аудиту лише доповнюється: % заборонено', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate
                    BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
                DROP TRIGGER IF EXISTS audit_entries_append_only ON "AuditEntries";
                DROP FUNCTION IF EXISTS audit_entries_append_only();
                """);
        }
    }
}
