using System.Text;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class ReceptionJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Manifest = """
        nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,tipo_documento,numero_documento,observaciones
        Sandra Patricia,Ixcoy,Mux,F,1992-01-15,GT,documento_nacional,2548123451301,
        Brayan Alexander,Pop,Tzul,M,2012-02-20,GT,,,viaja solo
        Pedro,,Coc,M,2040-01-01,GT,,,
        Wilmer,Xicara,Tzoc,M,1993-04-10,GT,,,
        """;

    [Fact]
    public async Task A_reception_officer_receives_a_flight_from_manifest_to_completed_receptions()
    {
        // Wilmer came back once before, through a land-border centre.
        var (_, _, border) = await host.SignedInAsync(Roles.ReceptionOfficer);
        var earlier = await border.RegisterAsync(ReceptionDriver.Adult("Wilmer Estuardo", "Xicará", "Tzoc", "1993-10-04").With("mode", "Land").With("returnedFrom", "MX"));
        var airport = await host.CreateInstitutionAsync("Centro de Recepción de Retornados – La Aurora");
        var officer = await host.CreateUserAsync(airport.Id, Roles.ReceptionOfficer);
        var page = await host.NewPageAsync();

        await page.SignInAsync(officer.Email!, AppFactory.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Recepción" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Anunciar llegada" }).ClickAsync();
        await page.Locator("#Input_PointOfEntry").FillAsync("Base de la Fuerza Aérea, Ciudad de Guatemala");
        await page.Locator("#Input_CarrierReference").FillAsync("ICE-2211");
        await page.Locator("#Input_ExpectedCount").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anunciar llegada" }).ClickAsync();
        await Expect(page.GetByText("Llegada anunciada.")).ToBeVisibleAsync();

        // The manifest has one broken row: the others are kept and the broken one is reported with its line.
        await page.Locator("#manifest-file").SetInputFilesAsync(new FilePayload { Name = "manifiesto.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Manifest) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importar manifiesto" }).ClickAsync();
        await Expect(page.GetByTestId("import-result")).ToContainTextAsync("3 importadas");
        var rejected = page.GetByTestId("rejected-rows");
        await Expect(rejected.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(rejected.Locator("tbody tr td").First).ToHaveTextAsync("4");
        await Expect(rejected).ToContainTextAsync("primer_apellido");
        await Expect(page.GetByTestId("count-expected")).ToHaveTextAsync("3");
        await page.ScreenshotAsync("arrival");

        // First person: an adult, prefilled from the manifest.
        await page.GetByRole(AriaRole.Link, new() { Name = "Abrir mesa de recepción" }).ClickAsync();
        await Expect(page.Locator("#Input_GivenNames")).ToHaveValueAsync("Sandra Patricia");
        await SelectOriginAsync(page, "GT13", "GT1301");
        await page.ScreenshotAsync("desk");
        await page.Locator("#Input_GivenNames").PressAsync("Control+Enter");
        await Expect(page.GetByText("Registrado/a: Sandra Patricia Ixcoy.")).ToBeVisibleAsync();

        // Second: an unaccompanied boy. Reception cannot be completed without the child-protection referral.
        await Expect(page.Locator("#Input_GivenNames")).ToHaveValueAsync("Brayan Alexander");
        await SelectOriginAsync(page, "GT07", "GT0701");
        await page.Locator("#Input_ChildStatus").SelectOptionAsync("Unaccompanied");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar y completar recepción" }).ClickAsync();
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("protección de la niñez");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar y siguiente" }).ClickAsync();
        await Expect(page.GetByText("Falta la derivación a protección de la niñez", new() { Exact = false })).ToBeVisibleAsync();

        // Third: Wilmer, recorded without accents and with day and month swapped, is recognised and attached.
        await Expect(page.Locator("#Input_GivenNames")).ToHaveValueAsync("Wilmer");
        var candidates = page.Locator("#candidates");
        await Expect(candidates).ToBeVisibleAsync();
        await Expect(candidates).ToContainTextAsync("Wilmer Estuardo Xicará Tzoc");
        await Expect(candidates).ToContainTextAsync("día y mes invertidos");
        await page.ScreenshotAsync("candidates");
        await candidates.GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(page.Locator("#attached")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar y siguiente" }).ClickAsync();
        await Expect(page.GetByText("Todas las personas del manifiesto están registradas.")).ToBeVisibleAsync();

        var people = await host.WithDbAsync(db => Task.FromResult(db.Returns.Count(r => r.PersonId == earlier.PersonId)));
        Assert.Equal(2, people);

        // Back to the boy: complete is refused until the referral is recorded.
        await page.GotoAsync("/Reception/Arrivals");
        await page.Locator("table a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Pop Tzul, Brayan Alexander" }).Last.ClickAsync();
        await Expect(page.GetByTestId("child-protection-missing")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Completar recepción" }).ClickAsync();
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("no puede salir de recepción");
        await page.Locator("#Referral_ToName").FillAsync("Procuraduría General de la Nación (PGN) – Guatemala");
        await page.Locator("#Referral_Reference").FillAsync("PGN-2026-4471");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar derivación" }).ClickAsync();
        await Expect(page.GetByTestId("referrals")).ToContainTextAsync("PGN-2026-4471");
        await page.GetByRole(AriaRole.Button, new() { Name = "Completar recepción" }).ClickAsync();
        await Expect(page.GetByTestId("reception-status")).ToHaveTextAsync("Recepción completada");

        // Wilmer's page shows both returns; the earlier one only says when and where.
        await page.GotoAsync($"/People/{earlier.PersonId}");
        await Expect(page.GetByTestId("person-returns").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("person-returns")).ToContainTextAsync("Registrado por otra institución");

        // The same screens in English.
        await page.GetByRole(AriaRole.Button, new() { Name = "EN" }).ClickAsync();
        await Expect(page.GetByTestId("person-returns")).ToContainTextAsync("Recorded by another institution");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reception" })).ToBeVisibleAsync();
        await page.GotoAsync("/Reception/Arrivals");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arrivals" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("arrivals-en");
    }

    private static async Task SelectOriginAsync(IPage page, string department, string municipality)
    {
        await page.Locator("#Input_OriginAdm1").SelectOptionAsync(department);
        await page.Locator($"#Input_OriginAdm2 option[value='{municipality}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#Input_OriginAdm2").SelectOptionAsync(municipality);
    }
}
