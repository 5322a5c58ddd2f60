using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReintegrationStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatisticsCaseFacts",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeAtOpening = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginAdm1 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InstitutionKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReferralAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsCaseFacts", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReferralFacts",
                columns: table => new
                {
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeAtReferral = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginAdm1 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InstitutionKind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsReferralFacts", x => x.ReferralId);
                });

            migrationBuilder.CreateTable(
                name: "StatisticsReintegrationChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsReintegrationChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsCaseFacts_PersonId",
                table: "StatisticsCaseFacts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticsReferralFacts_PersonId",
                table: "StatisticsReferralFacts",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsCaseFacts");

            migrationBuilder.DropTable(
                name: "StatisticsReferralFacts");

            migrationBuilder.DropTable(
                name: "StatisticsReintegrationChanges");
        }
    }
}
