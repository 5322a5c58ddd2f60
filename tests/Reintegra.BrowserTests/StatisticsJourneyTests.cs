using System.Diagnostics;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class StatisticsJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_analyst_filters_children_by_department_for_a_quarter_exports_hxl_csv_and_cannot_reach_a_person()
    {
        // A border centre received unaccompanied children in August 2026, from two departments.
        var (_, _, border) = await host.SignedInAsync(Roles.ReceptionOfficer);
        var first = await RegisterChildrenAsync(border, 7, "GT13", "GT1301");
        await RegisterChildrenAsync(border, 6, "GT07", "GT0701");
        // A reception centre opened five reintegration cases this month.
        var centre = await host.CreateInstitutionAsync("Centro de Recepción de Retornados – La Aurora");
        var reception = await host.ClientForAsync(await host.CreateUserAsync(centre.Id, Roles.ReceptionOfficer));
        var caseWorker = await host.ClientForAsync(await host.CreateUserAsync(centre.Id, Roles.CaseWorker));
        for (var i = 0; i < 5; i++)
        {
            var ret = await reception.RegisterAsync(ReceptionDriver.Adult("Caso", "Reintegración", null, $"199{i}-05-1{i}").With("documents", Array.Empty<object>()));
            var openCase = await caseWorker.PostJsonAsync("/api/v1/cases", new { personId = ret.PersonId, returnEventId = ret.ReturnId });
            Assert.True(openCase.IsSuccessStatusCode, $"{(int)openCase.StatusCode} {await openCase.Content.ReadAsStringAsync()}");
        }
        var ministry = await host.CreateInstitutionAsync("Dirección de Estadística");
        var analyst = await host.CreateUserAsync(ministry.Id, Roles.Analyst);
        var page = await host.NewPageAsync();

        await page.SignInAsync(analyst.Email!, AppFactory.Password);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Personas" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Estadísticas" }).ClickAsync();
        await page.Locator("#period").SelectOptionAsync("2026-Q3");
        await page.Locator("#filter").SelectOptionAsync("ageGroup:children");
        await page.Locator("#by").SelectOptionAsync("origin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ver cifras" }).ClickAsync();

        // New registrations are counted within a minute (the figures catch up every 20 seconds).
        var clock = Stopwatch.StartNew();
        var huehuetenango = page.GetByTestId("figures-origin").First.Locator("tr[data-code=GT13] td.num").First;
        while (await huehuetenango.TextContentAsync() is not "7" && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await page.WaitForTimeoutAsync(2000);
            await page.ReloadAsync();
        }
        await Expect(huehuetenango).ToHaveTextAsync("7");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
        await Expect(page.GetByTestId("headline-total")).ToHaveTextAsync("13");
        await Expect(page.Locator("#filter option:checked")).ToHaveTextAsync("Niñas, niños y adolescentes (0 a 17)");

        // The chart and the map of origin by department, keyed by P-code.
        await Expect(page.GetByTestId("chart-months")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-breakdown")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('chart-breakdown')) !== undefined"));
        var map = page.GetByTestId("tile-map");
        await Expect(map.Locator("[data-pcode=GT13]")).ToContainTextAsync("7");
        await Expect(map.Locator("[data-pcode=GT07]")).ToContainTextAsync("6");
        await page.ScreenshotAsync("statistics");

        // The CSV with HXL hashtags under the header.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv-hxl").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Período,Código,Nombre,Total,Mujeres,Hombres", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("#date+period,#adm1+code+origin,#adm1+name+origin,#affected+returnees+children+ind,#affected+returnees+children+f", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("2026-Q3,GT13,", StringComparison.Ordinal) && l.Split(',')[3] == "7");

        // And no person's page, whatever the address.
        foreach (var url in new[] { $"/People/{first.PersonId}", $"/Reception/Returns/{first.ReturnId}", "/People?q=Pop" })
        {
            await page.GotoAsync(url);
            Assert.Contains("AccessDenied", page.Url, StringComparison.Ordinal);
        }

        // The reintegration tab: cases opened this month by kind of institution, charted.
        await page.GotoAsync("/Statistics");
        await page.GetByTestId("tab-reintegration").ClickAsync();
        await page.Locator("#period").SelectOptionAsync("2026-11");
        await page.Locator("#by").SelectOptionAsync("institutionKind");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ver cifras" }).ClickAsync();
        var opened = page.GetByTestId("reintegration-total");
        clock.Restart();
        while (await opened.TextContentAsync() is not "5" && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await page.WaitForTimeoutAsync(2000);
            await page.ReloadAsync();
        }
        await Expect(opened).ToHaveTextAsync("5");
        await Expect(page.GetByTestId("figures-institutionKind").Locator("tr[data-code=ReceptionCentre] td.num").First).ToHaveTextAsync("5");
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('chart-reintegration-breakdown')) !== undefined"));
        await page.ScreenshotAsync("statistics-reintegration");
    }

    private static async Task<Reintegra.Web.Features.Reception.RegisterReturn.Result> RegisterChildrenAsync(HttpClient officer, int count, string adm1, string adm2)
    {
        Reintegra.Web.Features.Reception.RegisterReturn.Result? first = null;
        for (var i = 0; i < count; i++)
        {
            var name = "Niño " + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))).ToArray());
            var result = await officer.RegisterAsync(ReceptionDriver.Adult(name, "Pop", "Tzul", $"201{2 + (i % 3)}-0{1 + i}-1{i}")
                .With("mode", "Land").With("returnedFrom", "MX").With("childStatus", "Unaccompanied")
                .With("originAdm1", adm1).With("originAdm2", adm2).With("arrivedAt", "2026-08-14T15:00:00").With("documents", Array.Empty<object>()));
            first ??= result;
        }
        return first!;
    }
}
