using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Custom SQL: the audit trail refuses UPDATE, DELETE and TRUNCATE at the database itself, not only in the application.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is append-only';
                END $$;
                """);
            migrationBuilder.Sql("""CREATE TRIGGER "AuditTrail_NoUpdateDelete" BEFORE UPDATE OR DELETE ON "AuditTrail" FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();""");
            migrationBuilder.Sql("""CREATE TRIGGER "AuditTrail_NoTruncate" BEFORE TRUNCATE ON "AuditTrail" FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditTrail_NoTruncate" ON "AuditTrail";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditTrail_NoUpdateDelete" ON "AuditTrail";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_trail_append_only();");
        }
    }
}
