using System.Net;
using MiniExcelLibs;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.Reception;

public class ManifestTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Header = "nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,tipo_documento,numero_documento,observaciones";

    [Fact]
    public async Task A_manifest_with_a_bad_row_keeps_the_good_rows_and_reports_the_bad_one_by_line_and_reason()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var csv = $"""
            {Header}
            María José,Pérez,Xicará,F,1990-05-12,GT,documento_nacional,2548 12345 1301,
            Juan Carlos,López,,M,12/08/1985,GT,pasaporte,A1234567,
            Pedro,,Coc,M,2040-01-01,ZZ,,,
            Ana,Tzul,Caal,F,1978,GT,,,embarazada
            """;
        var response = await client.UploadManifestAsync(arrival.Id, csv);
        var result = await response.ReadAsync<ImportManifest.Result>();

        Assert.Equal(4, result.Rows);
        Assert.Equal(3, result.Imported);
        var bad = Assert.Single(result.Rejected);
        Assert.Equal(4, bad.Line);
        Assert.Contains(bad.Errors, e => e.StartsWith("primer_apellido:") && e.Contains("obligatorio"));
        Assert.Contains(bad.Errors, e => e.StartsWith("fecha_nacimiento:") && e.Contains("futura"));
        Assert.Contains(bad.Errors, e => e.StartsWith("nacionalidad:"));

        var queue = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}/queue")).ReadAsync<ArrivalQueue.Queue>();
        Assert.Equal(3, queue.Manifest.Count);
        Assert.Contains(queue.Manifest, m => m.Name.StartsWith("Tzul Caal, Ana") && m.BirthYear == 1978 && m.BirthDate is null);
        Assert.Contains(queue.Manifest, m => m.BirthDate == new DateOnly(1985, 8, 12));
    }

    [Fact]
    public async Task Importing_the_same_manifest_again_creates_no_duplicates()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var csv = $"{Header}\nRosa,Choc,Pop,F,2001-02-03,GT,,,\nLuis,Ixcoy,,M,1999-09-09,GT,,,\n";
        var first = await (await client.UploadManifestAsync(arrival.Id, csv)).ReadAsync<ImportManifest.Result>();
        var second = await (await client.UploadManifestAsync(arrival.Id, csv)).ReadAsync<ImportManifest.Result>();
        Assert.Equal(2, first.Imported);
        Assert.Equal(0, second.Imported);
        Assert.Equal(2, second.AlreadyImported);
        var summary = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}")).ReadAsync<ManageArrivals.ArrivalSummary>();
        Assert.Equal(2, summary.Expected);
    }

    [Fact]
    public async Task A_repeated_row_inside_one_file_is_reported_against_its_first_line()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var csv = $"{Header}\nRosa,Choc,Pop,F,2001-02-03,GT,,,\nROSA,CHOC,POP,f,03/02/2001,gt,,,\n";
        var result = await (await client.UploadManifestAsync(arrival.Id, csv)).ReadAsync<ImportManifest.Result>();
        Assert.Equal(1, result.Imported);
        var dup = Assert.Single(result.Rejected);
        Assert.Equal(3, dup.Line);
        Assert.Contains("2", dup.Errors.Single());
    }

    [Fact]
    public async Task Semicolon_separated_windows_1252_csv_with_english_headers_is_read()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var text = "given_names;first_surname;second_surname;sex;date_of_birth;nationality\r\nJosé;Núñez;Peña;male;1988-11-30;Guatemala\r\n";
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        var result = await (await client.UploadManifestAsync(arrival.Id, bytes, "manifest.csv")).ReadAsync<ImportManifest.Result>();
        Assert.Equal(1, result.Imported);
        var queue = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}/queue")).ReadAsync<ArrivalQueue.Queue>();
        Assert.StartsWith("Núñez Peña, José", queue.Manifest.Single().Name);
    }

    [Fact]
    public async Task An_xlsx_manifest_is_imported_like_a_csv()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync(ReturnMode.Land, "MX");
        var rows = new[]
        {
            new Dictionary<string, object> { ["nombres"] = "Kevin", ["primer_apellido"] = "Hernández", ["segundo_apellido"] = "Caal", ["sexo"] = "M", ["fecha_nacimiento"] = new DateTime(2009, 4, 2), ["nacionalidad"] = "GT" },
            new Dictionary<string, object> { ["nombres"] = "Dulce", ["primer_apellido"] = "Ramírez", ["segundo_apellido"] = "", ["sexo"] = "desconocido", ["fecha_nacimiento"] = "2000", ["nacionalidad"] = "GT" },
        };
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(rows);
        var result = await (await client.UploadManifestAsync(arrival.Id, ms.ToArray(), "manifiesto.xlsx")).ReadAsync<ImportManifest.Result>();
        Assert.Equal(1, result.Imported);
        var bad = Assert.Single(result.Rejected);
        Assert.Equal(3, bad.Line);
        Assert.StartsWith("sexo:", bad.Errors.Single());
    }

    [Theory]
    [InlineData("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData("broken.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("empty.csv", new byte[0])]
    public async Task A_file_that_is_not_a_manifest_is_refused_with_a_clear_reason_and_nothing_is_imported(string name, byte[] content)
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var problem = await (await client.UploadManifestAsync(arrival.Id, content, name)).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("file"));
        var summary = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}")).ReadAsync<ManageArrivals.ArrivalSummary>();
        Assert.Equal(0, summary.Expected);
    }

    [Fact]
    public async Task A_csv_without_the_required_columns_names_the_missing_ones()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var problem = await (await client.UploadManifestAsync(arrival.Id, "nombres,primer_apellido\nAna,Pop\n")).ProblemAsync(400);
        var message = problem.FieldErrors("file").Single();
        Assert.Contains("sexo", message);
        Assert.Contains("nacionalidad", message);
    }

    [Fact]
    public async Task A_plain_text_file_is_not_taken_for_a_manifest()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        var problem = await (await client.UploadManifestAsync(arrival.Id, "Querida familia, llegamos el martes.\nSaludos")).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("file"));
    }

    [Fact]
    public async Task Two_officers_editing_the_same_arrival_cannot_overwrite_each_other()
    {
        var (institution, _, first) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var second = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer));
        var arrival = await first.CreateArrivalAsync();
        var edit = new { mode = "Air", scheduledAt = arrival.ScheduledAt, pointOfEntry = "Puerta 3", returnedFrom = "US", expectedCount = 131, version = arrival.Version };
        var ok = await first.PutJsonAsync($"/api/v1/arrivals/{arrival.Id}", edit);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stale = await second.PutJsonAsync($"/api/v1/arrivals/{arrival.Id}", edit with { });
        var problem = await stale.ProblemAsync(409);
        Assert.Contains("Otra persona", (string)problem["detail"]!);
        var now = await (await first.GetAsync($"/api/v1/arrivals/{arrival.Id}")).ReadAsync<ManageArrivals.ArrivalSummary>();
        Assert.Equal("Puerta 3", now.PointOfEntry);
        Assert.Equal(131, now.ExpectedCount);
    }
}
