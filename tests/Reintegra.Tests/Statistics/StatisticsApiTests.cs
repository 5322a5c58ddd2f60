using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Tests.Statistics;

/// <summary>The application with the figures refreshed every second, so the tests need not wait the default 20.</summary>
public class StatisticsAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Statistics:RefreshSeconds"] = "1" }));
    }
}

/// <summary>
/// The statistics API and exports on the real application and database: who may read figures, that analysts never
/// reach a person, that new registrations are counted within a minute, the threshold setting, CSV and XLSX with the
/// HXL row, and bad input. Tests of this class share a database: each registers its own returns in its own period.
/// </summary>
public class StatisticsApiTests(StatisticsAppFactory app) : IClassFixture<StatisticsAppFactory>
{
    private const string Figures = "/api/v1/statistics/returns";

    /// <summary>Registers returns through the reception API (as a centre would), arrived on the given local day.</summary>
    private async Task<List<Reintegra.Web.Features.Reception.RegisterReturn.Result>> RegisterAsync(int count, string arrivedAt, string sex = "Female", string adm1 = "GT13", string adm2 = "GT1301")
    {
        var (_, _, officer) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var results = new List<Reintegra.Web.Features.Reception.RegisterReturn.Result>();
        for (var i = 0; i < count; i++)
        {
            var name = "Prueba " + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))).ToArray());
            results.Add(await officer.RegisterAsync(ReceptionDriver.Adult(name, "Estadística", null, $"{1980 + i}-0{1 + (i % 9)}-1{i % 10}")
                .With("sex", sex).With("originAdm1", adm1).With("originAdm2", adm2).With("arrivedAt", arrivedAt)
                .With("documents", Array.Empty<object>())));
        }
        return results;
    }

    /// <summary>Reads figures until they satisfy a condition; fails after a minute of real time.</summary>
    private static async Task<ReadReturnFigures.Table> WaitForAsync(HttpClient client, string url, Func<ReadReturnFigures.Table, bool> done)
    {
        var clock = Stopwatch.StartNew();
        ReadReturnFigures.Table? last = null;
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                last = await response.ReadAsync<ReadReturnFigures.Table>();
                if (done(last))
                {
                    return last;
                }
            }
            await Task.Delay(250);
        }
        Assert.Fail($"figures at {url} did not catch up within a minute; last total {last?.Total.Current.Total}");
        return last!;
    }

    private async Task<int> ReturnsInAsync(DateTime fromUtc, DateTime toUtc, string? adm1 = null) =>
        await app.WithDbAsync(db => (from r in db.Returns
                                     join p in db.People on r.PersonId equals p.Id
                                     where r.ArrivedAt >= fromUtc && r.ArrivedAt < toUtc && (adm1 == null || p.OriginAdm1 == adm1)
                                     select r.Id).CountAsync());

    [Fact]
    public async Task New_registrations_appear_in_the_figures_within_a_minute()
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await RegisterAsync(6, "2026-08-12T10:00:00", adm1: "GT05", adm2: "GT0501");
        var clock = Stopwatch.StartNew();
        // August 2026 in Guatemala (UTC-6), from the database itself.
        var truth = await ReturnsInAsync(new DateTime(2026, 8, 1, 6, 0, 0, DateTimeKind.Utc), new DateTime(2026, 9, 1, 6, 0, 0, DateTimeKind.Utc));
        Assert.True(truth >= 6);

        var table = await WaitForAsync(analyst, $"{Figures}?period=2026-08&by=origin", t => t.Total.Current.Total == truth);

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
        Assert.Equal("2026-08", table.Period);
        Assert.Equal("2025-08", table.PreviousPeriod);
        Assert.Equal(truth, table.Total.Current.Female + table.Total.Current.Male + (table.Total.Current.Other ?? 0));
        var elProgreso = table.Rows.Single(r => r.Code == "GT05");
        Assert.True(elProgreso.Current.Total is null || elProgreso.Current.Total == await ReturnsInAsync(new DateTime(2026, 8, 1, 6, 0, 0, DateTimeKind.Utc), new DateTime(2026, 9, 1, 6, 0, 0, DateTimeKind.Utc), "GT05"));
        // Rows are keyed by P-code, with every department of the instance's country.
        Assert.Equal(Reintegra.Reference.Places.Default.Admin1("GT").Count + 1, table.Rows.Count);
    }

    public static TheoryData<string, HttpStatusCode> RolesAndAnswers => new()
    {
        { Roles.Analyst, HttpStatusCode.OK },
        { Roles.Supervisor, HttpStatusCode.OK },
        { Roles.Administrator, HttpStatusCode.OK },
        { Roles.ReceptionOfficer, HttpStatusCode.Forbidden },
        { Roles.ProtectionOfficer, HttpStatusCode.Forbidden },
        { Roles.CaseWorker, HttpStatusCode.Forbidden },
        { Roles.Auditor, HttpStatusCode.Forbidden },
        { Roles.ServiceProvider, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(RolesAndAnswers))]
    public async Task Each_role_reads_the_figures_as_the_policy_says(string role, HttpStatusCode expected)
    {
        var (_, _, client) = await app.SignedInAsync(role);
        foreach (var url in new[] { $"{Figures}?period=2026", $"{Figures}/export?period=2026&format=csv", $"{Figures}/dimensions" })
        {
            var response = await client.GetAsync(url);
            if (expected == HttpStatusCode.OK && response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // Still loading right after start: the same answer a moment later.
                await Task.Delay(1500);
                response = await client.GetAsync(url);
            }
            Assert.True(expected == response.StatusCode, $"{role} {url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Without_sign_in_there_are_no_figures()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{Figures}?period=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{Figures}/export?period=2026")).StatusCode);
    }

    [Fact]
    public async Task An_analyst_never_reaches_a_person_only_counts()
    {
        var registered = await RegisterAsync(5, "2026-02-03T09:00:00", sex: "Male", adm1: "GT12", adm2: "GT1201");
        var institution = await app.WithDbAsync(async db => (await db.Returns.FindAsync(registered[0].ReturnId))!.InstitutionId);
        var user = await app.CreateUserAsync(institution, Roles.Analyst);
        var analyst = await app.ClientForAsync(user);

        foreach (var url in new[] { $"/api/v1/persons/{registered[0].PersonId}", $"/api/v1/returns/{registered[0].ReturnId}", "/api/v1/persons?q=prueba" })
        {
            await (await analyst.GetAsync(url)).ProblemAsync(403);
        }
        var pages = await app.SignInToPagesAsync(user);
        foreach (var url in new[] { $"/People/{registered[0].PersonId}", $"/Reception/Returns/{registered[0].ReturnId}", "/People" })
        {
            var response = await pages.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
            Assert.Contains("AccessDenied", response.Headers.Location?.ToString() ?? "AccessDenied", StringComparison.Ordinal);
        }

        // Every figure and export is counts only: no identifier or name of anyone registered appears in them.
        var table = await WaitForAsync(analyst, $"{Figures}?period=2026-02&by=origin", t => t.Total.Current.Total >= 5);
        var body = await (await analyst.GetAsync($"{Figures}?period=2026-02&by=origin")).Content.ReadAsStringAsync()
            + await (await analyst.GetAsync($"{Figures}/export?period=2026-02&by=month&format=csv&hxl=true")).Content.ReadAsStringAsync();
        foreach (var r in registered)
        {
            Assert.DoesNotContain(r.PersonId.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(r.ReturnId.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("Prueba", body, StringComparison.Ordinal);
        Assert.NotNull(table.Total.Current.Total);
    }

    [Fact]
    public async Task The_threshold_is_configurable_and_no_published_figure_is_under_it()
    {
        await RegisterAsync(7, "2026-05-20T11:00:00", adm1: "GT09", adm2: "GT0901");
        var (_, user, defaults) = await app.SignedInAsync(Roles.Analyst);
        var standard = await WaitForAsync(defaults, $"{Figures}?period=2026-05&by=origin", t => t.Total.Current.Total >= 7);
        Assert.Equal(ReturnStatistics.DefaultThreshold, standard.Threshold);

        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("Statistics:Threshold", "8"));
        var client = strict.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = AppFactory.Password })).ReadAsync<System.Text.Json.Nodes.JsonObject>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
        foreach (var by in ReadReturnFigures.Breakdowns)
        {
            var table = await WaitForAsync(client, $"{Figures}?period=2026-05&by={by}", _ => true);
            Assert.Equal(8, table.Threshold);
            foreach (var row in table.Rows.Append(table.Total))
            {
                foreach (var cell in new[] { row.Current, row.Previous }.SelectMany(c => new[] { c.Total, c.Female, c.Male, c.Other }))
                {
                    Assert.False(cell is > 0 and < 8, $"{by} {row.Code}: {cell} is under the threshold of 8");
                }
            }
        }
    }

    [Fact]
    public async Task Csv_export_has_an_optional_row_of_hxl_hashtags()
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await WaitForAsync(analyst, $"{Figures}?period=2026", _ => true);

        var response = await analyst.GetAsync($"{Figures}/export?period=2026-Q3&ageGroup=children&by=origin&format=csv&hxl=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("returns-2026-Q3-origin-children.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Período,Código,Nombre,Total,Mujeres,Hombres", lines[0], StringComparison.Ordinal);
        var tags = lines[1].Split(',');
        Assert.Equal("#date+period", tags[0]);
        Assert.Equal("#adm1+code+origin", tags[1]);
        Assert.Equal("#adm1+name+origin", tags[2]);
        Assert.Equal("#affected+returnees+children+ind", tags[3]);
        Assert.Equal("#affected+returnees+children+f", tags[4]);
        Assert.Equal("#affected+returnees+children+m", tags[5]);
        // One row per department by P-code, then the total.
        Assert.Contains(lines, l => l.StartsWith("2026-Q3,GT13,", StringComparison.Ordinal));
        Assert.StartsWith("2026-Q3,total,", lines[^1], StringComparison.Ordinal);

        var plain = (await (await analyst.GetAsync($"{Figures}/export?period=2026-Q3&by=origin")).Content.ReadAsStringAsync()).Split("\r\n");
        Assert.DoesNotContain(plain, l => l.StartsWith('#'));

        var english = await app.ClientForAsync(await app.CreateUserAsync((await app.CreateInstitutionAsync()).Id, Roles.Analyst), "en");
        var header = (await (await english.GetAsync($"{Figures}/export?period=2026-Q3&by=sex&hxl=true")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Period,Code,Name,Total,Women,Men", header[0], StringComparison.Ordinal);
        Assert.StartsWith("#date+period,#meta+code+sex", header[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_export_is_a_workbook_with_the_same_rows_and_the_hxl_row()
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await WaitForAsync(analyst, $"{Figures}?period=2026", _ => true);

        var response = await analyst.GetAsync($"{Figures}/export?period=2026&by=month&format=xlsx&hxl=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var text = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
        Assert.Contains("#date+period", text, StringComparison.Ordinal);
        Assert.Contains("#date+reported", text, StringComparison.Ordinal);
        Assert.Contains("2026-12", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "period=2026-13", "period" },
        { "period=yesterday", "period" },
        { "period=2026&sex=X", "sex" },
        { "period=2026&by=name", "by" },
        { "period=2026&origin=XX99", "origin" },
        { "period=2026&ageGroup=children&origin=GT13", "origin" },
        { "period=2026&vulnerability=7", "vulnerability" },
        { "period=2026&repeat=maybe", "repeat" },
        { "period=2026&mode=Boat", "mode" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Bad_input_gets_a_clear_localized_error(string query, string field)
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await WaitForAsync(analyst, $"{Figures}?period=2026", _ => true);

        foreach (var url in new[] { $"{Figures}?{query}", $"{Figures}/export?{query}&format=csv" })
        {
            var problem = await (await analyst.GetAsync(url)).ProblemAsync(400);
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        var english = await app.ClientForAsync(await app.CreateUserAsync((await app.CreateInstitutionAsync()).Id, Roles.Analyst), "en");
        var format = await (await english.GetAsync($"{Figures}/export?period=2026&format=pdf")).ProblemAsync(400);
        Assert.Equal("Unknown format: use csv or xlsx.", format.FieldErrors("format").Single());
        var oneFilter = await (await analyst.GetAsync($"{Figures}?period=2026&mode=Air&category=Forced")).ProblemAsync(400);
        Assert.StartsWith("Para proteger a las personas", oneFilter.FieldErrors("category").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period=%00&by=%FF")]
    [InlineData("period=99999999999&sex=0")]
    [InlineData("period=2026-Q9&returnedFrom=' OR 1=1 --")]
    [InlineData("period=-1&hxl=maybe&format=")]
    [InlineData("by=month&period=0001")]
    public async Task No_input_causes_a_server_error(string query)
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        await WaitForAsync(analyst, $"{Figures}?period=2026", _ => true);
        foreach (var url in new[] { $"{Figures}?{query}", $"{Figures}/export?{query}" })
        {
            var response = await analyst.GetAsync(url);
            Assert.True((int)response.StatusCode is 200 or 400, $"{url}: {(int)response.StatusCode}");
        }
    }
}
