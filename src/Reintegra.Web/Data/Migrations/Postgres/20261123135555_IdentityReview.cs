using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IdentityReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoPersonId",
                table: "People",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DifferentPeopleDecisions",
                columns: table => new
                {
                    PersonAId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonBId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DifferentPeopleDecisions", x => new { x.PersonAId, x.PersonBId });
                    table.ForeignKey(
                        name: "FK_DifferentPeopleDecisions_People_PersonAId",
                        column: x => x.PersonAId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DifferentPeopleDecisions_People_PersonBId",
                        column: x => x.PersonBId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuplicatePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonAId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonBId = table.Column<Guid>(type: "uuid", nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    Band = table.Column<int>(type: "integer", nullable: false),
                    FoundAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicatePairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuplicatePairs_People_PersonAId",
                        column: x => x.PersonAId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DuplicatePairs_People_PersonBId",
                        column: x => x.PersonBId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KeptPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbedPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Moved = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    MergedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MergedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UndoneByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonMerges_People_AbsorbedPersonId",
                        column: x => x.AbsorbedPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonMerges_People_KeptPersonId",
                        column: x => x.KeptPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_UpdatedAt",
                table: "People",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DifferentPeopleDecisions_PersonBId",
                table: "DifferentPeopleDecisions",
                column: "PersonBId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_PersonAId_PersonBId",
                table: "DuplicatePairs",
                columns: new[] { "PersonAId", "PersonBId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_PersonBId",
                table: "DuplicatePairs",
                column: "PersonBId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_Status_Probability",
                table: "DuplicatePairs",
                columns: new[] { "Status", "Probability" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_AbsorbedPersonId",
                table: "PersonMerges",
                column: "AbsorbedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_KeptPersonId",
                table: "PersonMerges",
                column: "KeptPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DifferentPeopleDecisions");

            migrationBuilder.DropTable(
                name: "DuplicatePairs");

            migrationBuilder.DropTable(
                name: "PersonMerges");

            migrationBuilder.DropIndex(
                name: "IX_People_UpdatedAt",
                table: "People");

            migrationBuilder.DropColumn(
                name: "MergedIntoPersonId",
                table: "People");
        }
    }
}
