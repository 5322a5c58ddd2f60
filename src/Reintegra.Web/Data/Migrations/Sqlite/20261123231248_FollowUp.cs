using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Surveys = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstComposite = table.Column<double>(type: "REAL", nullable: true),
                    LastComposite = table.Column<double>(type: "REAL", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvaluations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseEvaluations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RssSpecVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    StoredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RssSpecVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: true),
                    SurveyedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Economic = table.Column<double>(type: "REAL", nullable: true),
                    Social = table.Column<double>(type: "REAL", nullable: true),
                    Psychosocial = table.Column<double>(type: "REAL", nullable: true),
                    Composite = table.Column<double>(type: "REAL", nullable: true),
                    AccompaniedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpSurveys_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpSurveys_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpSurveys_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpSurveys_RssSpecVersions_SpecVersionId",
                        column: x => x.SpecVersionId,
                        principalTable: "RssSpecVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvaluations_CaseId",
                table: "CaseEvaluations",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvaluations_PersonId",
                table: "CaseEvaluations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpSurveys_CaseId_SurveyedOn",
                table: "FollowUpSurveys",
                columns: new[] { "CaseId", "SurveyedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpSurveys_InstitutionId",
                table: "FollowUpSurveys",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpSurveys_PersonId",
                table: "FollowUpSurveys",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpSurveys_SpecVersionId",
                table: "FollowUpSurveys",
                column: "SpecVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RssSpecVersions_Sha256",
                table: "RssSpecVersions",
                column: "Sha256",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvaluations");

            migrationBuilder.DropTable(
                name: "FollowUpSurveys");

            migrationBuilder.DropTable(
                name: "RssSpecVersions");
        }
    }
}
