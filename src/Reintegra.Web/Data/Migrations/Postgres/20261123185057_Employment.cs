using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Employment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SkillsProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SkillList = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Education = table.Column<int>(type: "integer", nullable: false),
                    PreferredSector = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Adm1PCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Adm2PCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Mobility = table.Column<int>(type: "integer", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Certificates = table.Column<string>(type: "jsonb", nullable: true),
                    Languages = table.Column<string>(type: "jsonb", nullable: true),
                    Occupations = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillsProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillsProfiles_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SkillsProfiles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IscoCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Adm1PCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Adm2PCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SkillList = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MinYears = table.Column<int>(type: "integer", nullable: false),
                    LanguageCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    LanguageLevel = table.Column<int>(type: "integer", nullable: true),
                    CertificationRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    WageMin = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    WageMax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Hired = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_Institutions_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseInstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonAgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmployedAt3Months = table.Column<bool>(type: "boolean", nullable: true),
                    EmployedAt6Months = table.Column<bool>(type: "boolean", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CaseId",
                table: "Placements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CaseInstitutionId_Status",
                table: "Placements",
                columns: new[] { "CaseInstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerId_Status",
                table: "Placements",
                columns: new[] { "EmployerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PersonId",
                table: "Placements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId_CaseId",
                table: "Placements",
                columns: new[] { "VacancyId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillsProfiles_CaseId",
                table: "SkillsProfiles",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillsProfiles_InstitutionId",
                table: "SkillsProfiles",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillsProfiles_PersonId",
                table: "SkillsProfiles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerId_Status",
                table: "Vacancies",
                columns: new[] { "EmployerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_ClosingOn",
                table: "Vacancies",
                columns: new[] { "Status", "ClosingOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "SkillsProfiles");

            migrationBuilder.DropTable(
                name: "Vacancies");
        }
    }
}
