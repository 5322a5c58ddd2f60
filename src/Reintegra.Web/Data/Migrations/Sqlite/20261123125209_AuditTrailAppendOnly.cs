using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Custom SQL: the audit trail refuses UPDATE and DELETE at the database itself, not only in the application.
            migrationBuilder.Sql("CREATE TRIGGER AuditTrail_NoUpdate BEFORE UPDATE ON AuditTrail BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditTrail_NoDelete BEFORE DELETE ON AuditTrail BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditTrail_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditTrail_NoDelete;");
        }
    }
}
