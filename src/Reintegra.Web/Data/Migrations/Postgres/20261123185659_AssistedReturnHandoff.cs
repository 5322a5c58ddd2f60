using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssistedReturnHandoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnouncedReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SourceRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceptionInstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildProtectionInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    GivenNames = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecondSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    NationalityCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DocumentType = table.Column<int>(type: "integer", nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DocumentCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Phone = table.Column<string>(type: "character varying(25)", maxLength: 25, nullable: true),
                    Languages = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OriginAdm1 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OriginAdm2 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DestinationAdm1 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DestinationAdm2 = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ChildStatus = table.Column<int>(type: "integer", nullable: true),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    DepartureAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpectedArrivalAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Itinerary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PointOfEntry = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    EscortRequired = table.Column<bool>(type: "boolean", nullable: false),
                    EscortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EscortNeeds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConsentGiver = table.Column<int>(type: "integer", nullable: false),
                    ConsentProxyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConsentProxyRelationship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConsentShares = table.Column<int>(type: "integer", nullable: false),
                    Vulnerabilities = table.Column<int>(type: "integer", nullable: true),
                    HealthNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SensitiveFlags = table.Column<int>(type: "integer", nullable: true),
                    FamilyJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    HistoryJson = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AnnouncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncedReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnouncedReturns_Institutions_ChildProtectionInstitutionId",
                        column: x => x.ChildProtectionInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnouncedReturns_Institutions_ReceptionInstitutionId",
                        column: x => x.ReceptionInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnouncedReturns_Returns_ReturnEventId",
                        column: x => x.ReturnEventId,
                        principalTable: "Returns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandoffMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    PeerCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Envelope = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoffMessages", x => new { x.Id, x.Direction });
                });

            migrationBuilder.CreateTable(
                name: "InstanceKeys",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublicKeyPem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PrivateKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceKeys", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "PeerInstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BaseUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PublicKeyPem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceptionInstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildProtectionInstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerInstances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerInstances_Institutions_ChildProtectionInstitutionId",
                        column: x => x.ChildProtectionInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerInstances_Institutions_ReceptionInstitutionId",
                        column: x => x.ReceptionInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncedReturns_ChildProtectionInstitutionId_ExpectedArriv~",
                table: "AnnouncedReturns",
                columns: new[] { "ChildProtectionInstitutionId", "ExpectedArrivalAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncedReturns_ReceptionInstitutionId_Status_ExpectedArri~",
                table: "AnnouncedReturns",
                columns: new[] { "ReceptionInstitutionId", "Status", "ExpectedArrivalAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncedReturns_ReturnEventId",
                table: "AnnouncedReturns",
                column: "ReturnEventId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncedReturns_SourceCountry_SourceRequestId",
                table: "AnnouncedReturns",
                columns: new[] { "SourceCountry", "SourceRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandoffMessages_SubjectId_Direction",
                table: "HandoffMessages",
                columns: new[] { "SubjectId", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerInstances_ChildProtectionInstitutionId",
                table: "PeerInstances",
                column: "ChildProtectionInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerInstances_CountryCode",
                table: "PeerInstances",
                column: "CountryCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerInstances_ReceptionInstitutionId",
                table: "PeerInstances",
                column: "ReceptionInstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnouncedReturns");

            migrationBuilder.DropTable(
                name: "HandoffMessages");

            migrationBuilder.DropTable(
                name: "InstanceKeys");

            migrationBuilder.DropTable(
                name: "PeerInstances");
        }
    }
}
