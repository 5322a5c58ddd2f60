using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reintegra.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchByNameAndId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SearchFullName",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchFullName_Id",
                table: "People",
                columns: new[] { "SearchFullName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SearchFullName_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchFullName",
                table: "People",
                column: "SearchFullName");
        }
    }
}
