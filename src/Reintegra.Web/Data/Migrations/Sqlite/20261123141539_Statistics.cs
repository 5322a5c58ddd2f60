using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReturnFacts",
                columns: table => new
                {
                    ReturnId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeAtReturn = table.Column<int>(type: "INTEGER", nullable: true),
                    ReturnedFromCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginAdm1 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    OriginAdm2 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Vulnerabilities = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRepeat = table.Column<bool>(type: "INTEGER", nullable: false)
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
