using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatisticsChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReturnFacts",
                columns: table => new
                {
                    ReturnId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    AgeAtReturn = table.Column<int>(type: "integer", nullable: true),
                    ReturnedFromCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    OriginAdm1 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OriginAdm2 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Vulnerabilities = table.Column<int>(type: "integer", nullable: false),
                    IsRepeat = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsReturnFacts", x => x.ReturnId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsReturnFacts_PersonId",
                table: "StatisticsReturnFacts",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsChanges");

            migrationBuilder.DropTable(
                name: "StatisticsReturnFacts");
        }
    }
}
