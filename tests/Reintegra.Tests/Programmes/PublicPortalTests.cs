using System.Net;
using MiniExcelLibs;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Features.Programmes;

namespace Reintegra.Tests.Programmes;

/// <summary>The public portal: anonymous, in both languages, exports, a report per country, and nothing personal anywhere.</summary>
public class PublicPortalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(CatalogueDriver.Actor Focal, CatalogueDriver.Actor Secretariat, Guid Programme, Guid Practice, Guid Recommendation);

    private async Task<World> PublishAsync()
    {
        var focal = await app.FocalPointAsync("SV");
        var secretariat = await app.SecretariatAsync();
        var programme = await focal.PublishedProgrammeAsync(secretariat);
        var practice = await focal.PublishedPracticeAsync(secretariat, CatalogueDriver.Practice().With("programmeId", programme));
        var recommendation = await secretariat.PublishedRecommendationAsync(CatalogueDriver.Recommendation("Individual", "SV"));
        var progress = await focal.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{recommendation.Id}/progress",
            new { reportedOn = "2026-11-01", status = "InProgress", text = "Protocolo aprobado por el comité interinstitucional." });
        Assert.Equal(HttpStatusCode.Created, progress.StatusCode);
        await (await secretariat.Client.PostJsonAsync("/api/v1/roadmap/commitments", new
        {
            country = "SV",
            institution = "Ministerio de Relaciones Exteriores",
            purpose = "Ventanillas en los centros de recepción",
            amount = 120000m,
            currency = "USD",
            fromYear = 2026,
            toYear = 2026,
            recommendationId = recommendation.Id,
        })).ReadAsync<ManageRoadmap.CommitmentView>();
        return new World(focal, secretariat, programme, practice, recommendation.Id);
    }

    public static TheoryData<string> PortalPages => new()
    {
        "/Portal",
        "/Portal/Programmes",
        "/Portal/Practices",
        "/Portal/Roadmap",
        "/Portal/Countries/SV",
        "/Portal/Countries/regional",
    };

    [Theory]
    [MemberData(nameof(PortalPages))]
    public async Task An_anonymous_visitor_reads_the_portal_in_spanish_and_english(string url)
    {
        await PublishAsync();
        var client = app.Anonymous();
        var es = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, es.StatusCode);
        Assert.Contains("lang=\"es\"", await es.Content.ReadAsStringAsync());
        var en = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "culture=en");
        var html = await en.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, en.StatusCode);
        Assert.Contains("lang=\"en\"", html);
        Assert.Contains("Public portal", html);
    }

    [Fact]
    public async Task Nothing_personal_appears_on_any_public_page_answer_or_export()
    {
        var world = await PublishAsync();
        var client = app.Anonymous();
        var urls = new List<string>
        {
            "/Portal", "/Portal/Programmes", "/Portal/Practices", "/Portal/Roadmap", "/Portal/Countries/SV",
            $"/Portal/Programmes/{world.Programme}", $"/Portal/Practices/{world.Practice}", $"/Portal/Programmes/{world.Programme}?version=1",
            "/api/v1/public/overview", "/api/v1/public/programmes", $"/api/v1/public/programmes/{world.Programme}", "/api/v1/public/practices",
            $"/api/v1/public/practices/{world.Practice}", "/api/v1/public/roadmap", $"/api/v1/public/roadmap/{world.Recommendation}", "/api/v1/public/countries/SV",
        };
        urls.AddRange(ExportCatalogue.Datasets.SelectMany(d => new[] { $"/api/v1/public/export/{d}.csv", $"/api/v1/public/export/{d}.xlsx" }));
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var body = url.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxText(await response.Content.ReadAsByteArrayAsync()) : await response.Content.ReadAsStringAsync();
            foreach (var actor in new[] { world.Focal, world.Secretariat })
            {
                Assert.DoesNotContain(actor.User.Email!, body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(actor.User.FullName, body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(actor.User.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            }
        }
        // The institution is named: it is who speaks for the entry.
        Assert.Contains(world.Focal.Institution.Name, await client.GetStringAsync($"/Portal/Programmes/{world.Programme}"));
    }

    [Fact]
    public async Task Free_text_with_an_email_or_phone_number_is_refused_before_it_can_reach_the_portal()
    {
        var focal = await app.FocalPointAsync("SV");
        var problem = await (await focal.Client.PostJsonAsync("/api/v1/programmes", CatalogueDriver.Programme()
            .With("summary", "Escriba a ana.lopez@rree.gob.sv").With("partners", "Tel. +503 2231 1000"))).ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("summary"));
        Assert.NotEmpty(problem.FieldErrors("partners"));
        // Numbers that are not phones pass: years, amounts, counts.
        var ok = await focal.Client.PostJsonAsync("/api/v1/programmes", CatalogueDriver.Programme().With("summary", "De 2019 a 2021 se atendió a 251,778 personas con USD 1,500,000."));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task Exports_are_csv_and_xlsx_in_the_readers_language_with_the_lists_filters()
    {
        var world = await PublishAsync();
        var client = app.Anonymous("en");
        var csv = await client.GetAsync("/api/v1/public/export/programmes.csv?country=SV");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("programmes-", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await csv.Content.ReadAsStringAsync();
        var header = text.Split("\r\n")[0];
        Assert.StartsWith("Identifier,Version,Country,Title", header.TrimStart('\uFEFF'));
        Assert.DoesNotContain("Field.", header);
        Assert.Contains(world.Programme.ToString(), text);
        Assert.Contains("El Salvador", text);
        Assert.Contains("Psychosocial support", text);
        Assert.Contains("250000.50", text);

        var none = await (await client.GetAsync("/api/v1/public/export/programmes.csv?country=BZ")).Content.ReadAsStringAsync();
        Assert.Single(none.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var xlsx = await client.GetAsync("/api/v1/public/export/roadmap.xlsx");
        var rows = (await xlsx.Content.ReadAsByteArrayAsync()).AsStream().Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows, r => (string)r["Identifier"] == world.Recommendation.ToString());
        Assert.Equal("Individual", row["Level"]);
        Assert.Equal("In progress", row["Status"]);
        Assert.Contains("Protocolo aprobado", (string)row["Latest progress"]);

        var spanish = await (await app.Anonymous("es").GetAsync("/api/v1/public/export/budget.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Monto comprometido", spanish);
        await (await client.GetAsync("/api/v1/public/export/people.csv")).ProblemAsync(404);
        await (await client.GetAsync("/api/v1/public/export/programmes.pdf")).ProblemAsync(404);
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_commas_quoted()
    {
        var csv = System.Text.Encoding.UTF8.GetString(ExportCatalogue.Csv(["A", "B"], [["=HYPERLINK(\"x\")", "uno, \"dos\""], [-3m, null]]));
        Assert.Equal("\uFEFFA,B\r\n\"'=HYPERLINK(\"\"x\"\")\",\"uno, \"\"dos\"\"\"\r\n-3.00,\r\n", csv);
    }

    [Fact]
    public async Task The_country_report_is_printable_and_holds_what_the_country_published()
    {
        var world = await PublishAsync();
        var html = await app.Anonymous().GetStringAsync("/Portal/Countries/SV");
        Assert.Contains("window.print()", html);
        Assert.Contains("/css/programmes", html);
        Assert.Contains("Ventanillas de atención a mujeres migrantes retornadas", html);
        Assert.Contains("Protocolo de atención a mujeres retornadas", html);
        Assert.Contains("Proyectos de inversión productiva", html);
        Assert.Contains("120,000.00", html.Replace("120.000,00", "120,000.00", StringComparison.Ordinal).Replace("120 000,00", "120,000.00", StringComparison.Ordinal));
        var report = await (await app.Anonymous().GetAsync("/api/v1/public/countries/SV")).ReadAsync<PublicCatalogue.CountryReport>();
        Assert.Contains(report.Programmes, p => p.Entry.Title.StartsWith("Ventanillas", StringComparison.Ordinal));
        Assert.Contains(report.Recommendations, r => r.Id == world.Recommendation);
        await (await app.Anonymous().GetAsync("/api/v1/public/countries/XX")).ProblemAsync(404);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/Portal/Countries/XX")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/public/programmes?level=Nope")]
    [InlineData("/api/v1/public/programmes?page=-4&q=%00%01")]
    [InlineData("/api/v1/public/practices?kind=99")]
    [InlineData("/api/v1/public/programmes/not-a-guid")]
    [InlineData("/api/v1/public/programmes/00000000-0000-0000-0000-000000000000/versions/x")]
    [InlineData("/Portal/Practices/not-a-guid?version=x")]
    [InlineData("/Portal/Programmes?level=Nope&page=abc")]
    [InlineData("/Portal/Programmes/00000000-0000-0000-0000-000000000000")]
    public async Task Odd_queries_get_a_clear_answer_and_never_a_server_error(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        Assert.True((int)response.StatusCode is 200 or 400 or 404, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("/Account/Login", response.Headers.Location?.ToString() ?? "");
    }

    private static string XlsxText(byte[] content) =>
        string.Join('\n', content.AsStream().Query(useHeaderRow: false).Cast<IDictionary<string, object>>().SelectMany(r => r.Values).Select(v => v?.ToString()));
}

internal static class StreamExtensions
{
    public static MemoryStream AsStream(this byte[] bytes) => new(bytes);
}
