using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssistedReturn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AvrRequesterAuthorisations",
                columns: table => new
                {
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorisedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorisedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvrRequesterAuthorisations", x => x.InstitutionId);
                    table.ForeignKey(
                        name: "FK_AvrRequesterAuthorisations_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManagedByInstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PerCaseCapCents = table.Column<long>(type: "INTEGER", nullable: true),
                    EligibleGroups = table.Column<int>(type: "INTEGER", nullable: false),
                    OlderPersonAge = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Funds_Institutions_ManagedByInstitutionId",
                        column: x => x.ManagedByInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AvrRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestingInstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessingInstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GivenNames = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstSurname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecondSurname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BirthDatePrecision = table.Column<int>(type: "INTEGER", nullable: true),
                    NationalityCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DocumentType = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DocumentCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CurrentCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CurrentPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReturnCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OriginAdm1 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    OriginAdm2 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DestinationAdm1 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DestinationAdm2 = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ChildStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    Vulnerabilities = table.Column<int>(type: "INTEGER", nullable: false),
                    SensitiveFlags = table.Column<int>(type: "INTEGER", nullable: false),
                    HealthNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EscortRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    EscortNeeds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TicketCents = table.Column<long>(type: "INTEGER", nullable: false),
                    EscortCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PerDiemCents = table.Column<long>(type: "INTEGER", nullable: false),
                    MedicalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimatedTotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentGiver = table.Column<int>(type: "INTEGER", nullable: true),
                    ConsentProxyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentProxyRelationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConsentShares = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentRecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsentWithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EligibilityCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EligibilityJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BudgetYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CommittedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    SpentCents = table.Column<long>(type: "INTEGER", nullable: false),
                    TravelMode = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartureAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpectedArrivalAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Itinerary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PointOfEntry = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    EscortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TravelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvrRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvrRequests_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AvrRequests_Institutions_ProcessingInstitutionId",
                        column: x => x.ProcessingInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AvrRequests_Institutions_RequestingInstitutionId",
                        column: x => x.RequestingInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundBudgets",
                columns: table => new
                {
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    SpentCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundBudgets", x => new { x.FundId, x.Year });
                    table.CheckConstraint("CK_FundBudgets_NotOverspent", "\"CommittedCents\" >= 0 AND \"SpentCents\" >= 0 AND \"CommittedCents\" + \"SpentCents\" <= \"BudgetCents\"");
                    table.ForeignKey(
                        name: "FK_FundBudgets_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AvrFamilyMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenNames = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstSurname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecondSurname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BirthDatePrecision = table.Column<int>(type: "INTEGER", nullable: true),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvrFamilyMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvrFamilyMember_AvrRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AvrRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AvrRequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvrRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvrRequestEvents_AvrRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AvrRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundLedger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundLedger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundLedger_AvrRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "AvrRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundLedger_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AvrFamilyMember_RequestId_Ordinal",
                table: "AvrFamilyMember",
                columns: new[] { "RequestId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_AvrRequestEvents_RequestId_At",
                table: "AvrRequestEvents",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AvrRequests_FundId_BudgetYear",
                table: "AvrRequests",
                columns: new[] { "FundId", "BudgetYear" });

            migrationBuilder.CreateIndex(
                name: "IX_AvrRequests_ProcessingInstitutionId_Status_UpdatedAt",
                table: "AvrRequests",
                columns: new[] { "ProcessingInstitutionId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AvrRequests_Reference",
                table: "AvrRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AvrRequests_RequestingInstitutionId_Status_UpdatedAt",
                table: "AvrRequests",
                columns: new[] { "RequestingInstitutionId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FundLedger_FundId_Year_At",
                table: "FundLedger",
                columns: new[] { "FundId", "Year", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FundLedger_RequestId",
                table: "FundLedger",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Funds_ManagedByInstitutionId_Name",
                table: "Funds",
                columns: new[] { "ManagedByInstitutionId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AvrFamilyMember");

            migrationBuilder.DropTable(
                name: "AvrRequesterAuthorisations");

            migrationBuilder.DropTable(
                name: "AvrRequestEvents");

            migrationBuilder.DropTable(
                name: "FundBudgets");

            migrationBuilder.DropTable(
                name: "FundLedger");

            migrationBuilder.DropTable(
                name: "AvrRequests");

            migrationBuilder.DropTable(
                name: "Funds");
        }
    }
}
