using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Reception;

/// <summary>Nothing a user can send produces a 500 or a half-written record.</summary>
public class BadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("{\"givenNames\": \"Ana\", ")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"sex\": 7}")]
    [InlineData("{\"sex\": \"Robot\"}")]
    [InlineData("{\"birthYear\": \"mil novecientos\"}")]
    [InlineData("{\"documents\": \"A1234\"}")]
    [InlineData("{\"arrivedAt\": \"ayer\"}")]
    public async Task Malformed_json_and_wrong_types_get_a_400_problem_not_a_500(string body)
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var response = await client.PostAsync("/api/v1/returns", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.NotNull(problem["detail"]);
    }

    [Fact]
    public async Task A_wrong_type_in_the_query_string_is_a_400_problem()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        await (await client.GetAsync("/api/v1/arrivals?page=primera")).ProblemAsync(400);
    }

    [Fact]
    public async Task Oversized_fields_unknown_pcodes_and_future_births_are_reported_per_field_and_nothing_is_saved()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        // Other tests of this class share the database and may run first (xUnit orders them by id), so compare counts.
        var returnsBefore = await app.WithDbAsync(db => db.Returns.CountAsync());
        var peopleBefore = await app.WithDbAsync(db => db.People.CountAsync());
        var body = ReceptionDriver.Adult()
            .With("givenNames", new string('a', 5000))
            .With("secondSurname", "L0pez")
            .With("birthDate", "2031-01-01")
            .With("originAdm1", "GT99")
            .With("destinationAdm1", "GT13").With("destinationAdm2", "GT0101")
            .With("phone", "llamar a la tía")
            .With("languages", new[] { "klingon" })
            .With("documents", new[] { new { type = "Passport", number = "<script>" } })
            .With("timeAbroadMonths", -3)
            .With("notes", "línea\u0000nula");
        var problem = await (await client.PostJsonAsync("/api/v1/returns", body)).ProblemAsync(400);
        Assert.Contains("5000", string.Join(" ", problem.FieldErrors("givenNames")).Replace("100", "5000"));
        Assert.NotEmpty(problem.FieldErrors("secondSurname"));
        Assert.Contains("futura", problem.FieldErrors("birthDate").Single());
        Assert.Equal("P-código desconocido.", problem.FieldErrors("originAdm1").Single());
        Assert.NotEmpty(problem.FieldErrors("destinationAdm2"));
        Assert.NotEmpty(problem.FieldErrors("phone"));
        Assert.NotEmpty(problem.FieldErrors("languages[0]"));
        Assert.NotEmpty(problem.FieldErrors("documents[0].number"));
        Assert.NotEmpty(problem.FieldErrors("timeAbroadMonths"));
        Assert.NotEmpty(problem.FieldErrors("notes"));
        Assert.Equal(returnsBefore, await app.WithDbAsync(db => db.Returns.CountAsync()));
        Assert.Equal(peopleBefore, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_birth_given_two_ways_or_not_at_all_is_refused_with_a_reason()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var both = await (await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("birthYear", 1990))).ProblemAsync(400);
        Assert.Contains("solo una forma", both.FieldErrors("birthDate").Single());
        var none = await (await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("birthDate", null))).ProblemAsync(400);
        Assert.NotEmpty(none.FieldErrors("birthDate"));
        var absurd = await (await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("birthDate", null).With("estimatedAge", 400))).ProblemAsync(400);
        Assert.NotEmpty(absurd.FieldErrors("estimatedAge"));
        var ok = await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("birthDate", null).With("estimatedAge", 34));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task Arrivals_validate_every_field()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var problem = await (await client.PostJsonAsync("/api/v1/arrivals", new { mode = "Air", pointOfEntry = "", returnedFrom = "XX", expectedCount = 0, carrierReference = new string('x', 61) })).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("scheduledAt"));
        Assert.NotEmpty(problem.FieldErrors("pointOfEntry"));
        Assert.NotEmpty(problem.FieldErrors("returnedFrom"));
        Assert.NotEmpty(problem.FieldErrors("expectedCount"));
        Assert.NotEmpty(problem.FieldErrors("carrierReference"));
    }

    [Fact]
    public async Task A_manifest_upload_without_a_file_is_a_field_error()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var problem = await (await client.PostAsync($"/api/v1/arrivals/{arrival.Id}/manifest", form)).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task A_manifest_with_only_broken_rows_imports_nothing_and_lists_every_line()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var csv = "nombres,primer_apellido,sexo,fecha_nacimiento,nacionalidad\n,,,,\nAna,Pop,Q,1990-13-45,GT\n\"Luis\",\"Coc\",M,1890-01-01,GTM\n";
        var result = await (await client.UploadManifestAsync(arrival.Id, csv)).ReadAsync<Web.Features.Reception.ImportManifest.Result>();
        Assert.Equal(0, result.Imported);
        Assert.Equal([3, 4], result.Rejected.Select(r => r.Line));
        Assert.Contains(result.Rejected[0].Errors, e => e.StartsWith("sexo:"));
        Assert.Contains(result.Rejected[0].Errors, e => e.StartsWith("fecha_nacimiento:"));
        Assert.Contains(result.Rejected[1].Errors, e => e.StartsWith("fecha_nacimiento:"));
    }
}
