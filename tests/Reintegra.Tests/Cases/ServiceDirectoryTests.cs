using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;

namespace Reintegra.Tests.Cases;

/// <summary>The service directory: searchable by place, kind, age, sex and language; importable from CSV with errors by row.</summary>
public class ServiceDirectoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AdminAsync() => (await app.SignedInAsync(Roles.Administrator)).Client;

    private static object Service(Guid institutionId, string name, string category, string[]? pcodes = null, int? minAge = null, int? maxAge = null,
        string? sex = null, string[]? languages = null) => new
        {
            institutionId,
            name,
            category,
            pCodes = pcodes ?? [],
            minAge,
            maxAge,
            sex,
            languages = languages ?? ["spa"],
            phone = "+502 2411 9000",
            email = "servicios@example.org",
            capacity = 20,
            isActive = true,
        };

    [Fact]
    public async Task Services_are_found_by_place_kind_age_sex_and_language()
    {
        var admin = await AdminAsync();
        var ministry = await app.CreateInstitutionAsync("Ministerio de Trabajo y Previsión Social " + Guid.NewGuid().ToString("N")[..6], InstitutionKind.Ministry);
        async Task<Guid> Add(object body) => (await (await admin.PostJsonAsync("/api/v1/services", body)).ReadAsync<ServiceDirectory.ServiceView>()).Id;
        var huehue = await Add(Service(ministry.Id, "Ventanilla de empleo Huehuetenango", "Employment", ["GT13"]));
        var chiantla = await Add(Service(ministry.Id, "Bolsa de empleo Chiantla", "Employment", ["GT1302"]));
        var national = await Add(Service(ministry.Id, "Servicio nacional de empleo", "Employment"));
        var capital = await Add(Service(ministry.Id, "Ventanilla de empleo capital", "Employment", ["GT01"]));
        var women = await Add(Service(ministry.Id, "Programa para mujeres retornadas", "Employment", null, 18, null, "Female", ["spa", "mam"]));
        await Add(Service(ministry.Id, "Clínica del migrante", "Health", ["GT13"]));

        var (_, _, caseWorker) = await app.SignedInAsync(Roles.CaseWorker);
        async Task<List<Guid>> Find(string query) =>
            (await (await caseWorker.GetAsync("/api/v1/services?" + query)).ReadAsync<ServiceDirectory.Page>()).Items.Where(s => s.InstitutionId == ministry.Id).Select(s => s.Id).ToList();

        var inChiantla = await Find("category=Employment&pCode=GT1302");
        Assert.Equal(new[] { chiantla, huehue, women, national }.Order(), inChiantla.Order());
        Assert.DoesNotContain(capital, inChiantla);
        Assert.DoesNotContain(women, await Find("category=Employment&sex=Male"));
        Assert.DoesNotContain(women, await Find("category=Employment&age=16"));
        Assert.Equal([women], await Find("category=Employment&language=mam"));
        Assert.Equal([chiantla], await Find("q=chiantla"));

        var one = await (await caseWorker.GetAsync($"/api/v1/services/{huehue}")).ReadAsync<ServiceDirectory.ServiceView>();
        Assert.Equal(["GT13"], one.PCodes);
        Assert.Equal(20, one.Capacity);
        Assert.Equal(0, one.InUse);
    }

    [Fact]
    public async Task Only_administrators_change_the_directory_and_bad_entries_are_refused_per_field()
    {
        var (_, _, caseWorker) = await app.SignedInAsync(Roles.CaseWorker);
        var (inst, _, provider) = await app.SignedInAsync(Roles.ServiceProvider);
        await (await caseWorker.PostJsonAsync("/api/v1/services", Service(inst.Id, "x", "Health"))).ProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync("/api/v1/services")).StatusCode);
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await (await analyst.GetAsync("/api/v1/services")).ProblemAsync(403);

        var admin = await AdminAsync();
        var bad = await admin.PostJsonAsync("/api/v1/services", new
        {
            institutionId = Guid.NewGuid(),
            name = new string('x', 300),
            category = "Health",
            pCodes = new[] { "GT99" },
            minAge = 30,
            maxAge = 10,
            languages = new[] { "klingon" },
            email = "no-es-correo",
            phone = "llamar",
            capacity = 0,
        });
        var problem = await bad.ProblemAsync(400);
        foreach (var field in new[] { "institutionId", "name", "pCodes[0]", "maxAge", "languages[0]", "email", "phone", "capacity" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        var created = await (await admin.PostJsonAsync("/api/v1/services", Service(inst.Id, "Albergue temporal", "Housing"))).ReadAsync<ServiceDirectory.ServiceView>();
        var duplicate = await admin.PostJsonAsync("/api/v1/services", Service(inst.Id, "ALBERGUE temporal", "Housing"));
        Assert.NotEmpty((await duplicate.ProblemAsync(400)).FieldErrors("name"));

        var changed = await admin.PutJsonAsync($"/api/v1/services/{created.Id}", new
        {
            institutionId = inst.Id,
            name = "Albergue temporal",
            category = "Housing",
            capacity = 12,
            isActive = true,
            version = created.Version,
        });
        Assert.Equal(12, (await changed.ReadAsync<ServiceDirectory.ServiceView>()).Capacity);
        var stale = await admin.PutJsonAsync($"/api/v1/services/{created.Id}", new
        {
            institutionId = inst.Id,
            name = "Albergue temporal",
            category = "Housing",
            capacity = 40,
            isActive = true,
            version = created.Version,
        });
        Assert.Equal("Concurrency", (string?)(await stale.ProblemAsync(409))["code"]);
    }

    [Fact]
    public async Task The_directory_imports_from_csv_reporting_bad_rows_by_line_and_updating_on_reimport()
    {
        var admin = await AdminAsync();
        var name = "Instituto Técnico de Capacitación " + Guid.NewGuid().ToString("N")[..6];
        await app.CreateInstitutionAsync(name, InstitutionKind.ServiceProvider);
        var csv = $"""
            institución;nombre;categoría;pcódigos;edad_mínima;sexo;idiomas;teléfono;capacidad
            {name};Curso de albañilería;formación profesional;GT13 GT07;16;;spa;+502 2222 1111;25
            {name};Certificación de competencias laborales;Certificación;;18;;spa mam;;
            Institución que no existe;Curso;salud;;;;;;
            {name};Taller;astrología;GT99;diez;robot;klingon;;
            {name};Curso de albañilería;Formación profesional;;;;;;
            """;
        var result = await (await UploadAsync(admin, csv)).ReadAsync<ImportServices.Result>();
        Assert.Equal(5, result.Rows);
        Assert.Equal(2, result.Created);
        Assert.Equal([4, 5, 6], result.Rejected.Select(r => r.Line));
        Assert.Contains(result.Rejected[0].Errors, e => e.StartsWith("institución:", StringComparison.Ordinal));
        var row5 = string.Join(" | ", result.Rejected[1].Errors);
        foreach (var header in new[] { "categoría:", "pcódigos:", "edad_mínima:", "sexo:", "idiomas:" })
        {
            Assert.Contains(header, row5);
        }
        Assert.Contains("línea 2", result.Rejected[2].Errors.Single());

        var again = await (await UploadAsync(admin, csv)).ReadAsync<ImportServices.Result>();
        Assert.Equal(0, again.Created);
        Assert.Equal(2, again.Updated);

        var found = await (await admin.GetAsync("/api/v1/services?q=albanileria")).ReadAsync<ServiceDirectory.Page>();
        var course = Assert.Single(found.Items);
        Assert.Equal(ServiceCategory.VocationalTraining, course.Category);
        Assert.Equal(["GT07", "GT13"], course.PCodes);
        Assert.Equal(16, course.MinAge);

        var notCsv = await UploadAsync(admin, "\0\0\0binary");
        Assert.NotEmpty((await notCsv.ProblemAsync(400)).FieldErrors("file"));
        var noColumns = await UploadAsync(admin, "a,b\n1,2\n");
        Assert.Contains("institucion", (await noColumns.ProblemAsync(400)).FieldErrors("file").Single());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "servicios.csv");
        return await client.PostAsync("/api/v1/services/import", form);
    }
}
