using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Programmes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstSubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    LatestNumber = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstSubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    LatestNumber = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmes_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstSubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    LatestNumber = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Adm1PCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Adm2PCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Audience = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Materials = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NotDisaggregated = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachActivities_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachActivities_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LessonsLearned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TranslatedTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TranslatedSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Levels = table.Column<int>(type: "integer", nullable: false),
                    Dimensions = table.Column<int>(type: "integer", nullable: false),
                    TargetGroups = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeRevisions_Practices_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PracticeRevisions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ResponsibleInstitution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Partners = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Types = table.Column<int>(type: "integer", nullable: false),
                    TargetPopulation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Coverage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FundingSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FundingAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LessonsLearned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TranslatedTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TranslatedSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Levels = table.Column<int>(type: "integer", nullable: false),
                    Dimensions = table.Column<int>(type: "integer", nullable: false),
                    TargetGroups = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Indicators = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeRevisions_Programmes_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetCommitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Institution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetCommitments_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetCommitments_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponsibleCountries = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResponsibleInstitutions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Indicators = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TranslatedTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TranslatedSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Levels = table.Column<int>(type: "integer", nullable: false),
                    Dimensions = table.Column<int>(type: "integer", nullable: false),
                    TargetGroups = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationRevisions_Recommendations_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutreachReach",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    AgeGroup = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachReach", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachReach_OutreachActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "OutreachActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetExecutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetExecutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetExecutions_BudgetCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "BudgetCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetExecutions_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCommitments_CountryCode",
                table: "BudgetCommitments",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCommitments_ProgrammeId",
                table: "BudgetCommitments",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetCommitments_RecommendationId",
                table: "BudgetCommitments",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetExecutions_CommitmentId",
                table: "BudgetExecutions",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetExecutions_InstitutionId",
                table: "BudgetExecutions",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachActivities_InstitutionId_Date",
                table: "OutreachActivities",
                columns: new[] { "InstitutionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachActivities_ProgrammeId",
                table: "OutreachActivities",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachReach_ActivityId_Sex_AgeGroup",
                table: "OutreachReach",
                columns: new[] { "ActivityId", "Sex", "AgeGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRevisions_CountryCode_Status",
                table: "PracticeRevisions",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRevisions_EntryId_Number",
                table: "PracticeRevisions",
                columns: new[] { "EntryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRevisions_ProgrammeId",
                table: "PracticeRevisions",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRevisions_Status_PublishedAt",
                table: "PracticeRevisions",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_FirstSubmittedAt",
                table: "Practices",
                column: "FirstSubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_InstitutionId",
                table: "Practices",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRevisions_CountryCode_Status",
                table: "ProgrammeRevisions",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRevisions_EntryId_Number",
                table: "ProgrammeRevisions",
                columns: new[] { "EntryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRevisions_Status_PublishedAt",
                table: "ProgrammeRevisions",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_FirstSubmittedAt",
                table: "Programmes",
                column: "FirstSubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_InstitutionId",
                table: "Programmes",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_InstitutionId",
                table: "ProgressUpdates",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_RecommendationId_ReportedOn",
                table: "ProgressUpdates",
                columns: new[] { "RecommendationId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationRevisions_EntryId_Number",
                table: "RecommendationRevisions",
                columns: new[] { "EntryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationRevisions_Status_PublishedAt",
                table: "RecommendationRevisions",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_FirstSubmittedAt",
                table: "Recommendations",
                column: "FirstSubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_InstitutionId",
                table: "Recommendations",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetExecutions");

            migrationBuilder.DropTable(
                name: "OutreachReach");

            migrationBuilder.DropTable(
                name: "PracticeRevisions");

            migrationBuilder.DropTable(
                name: "ProgrammeRevisions");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "RecommendationRevisions");

            migrationBuilder.DropTable(
                name: "BudgetCommitments");

            migrationBuilder.DropTable(
                name: "OutreachActivities");

            migrationBuilder.DropTable(
                name: "Practices");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "Programmes");
        }
    }
}
