using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

/// <summary>
/// Two countries' instances on real Kestrel, each with its own database: Mexico's, where a Guatemalan consulate asks
/// IOM Mexico for the return, and Guatemala's, whose reception centre receives the person. The announcement travels
/// between them as a real HTTP call to the peer's inbox, signed with Mexico's key.
/// </summary>
public sealed class TwoCountryHosts : IAsyncLifetime
{
    public BrowserHost Mexico { get; } = new();

    public BrowserHost Guatemala { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Mexico.InitializeAsync();
        await Guatemala.InitializeAsync();
        await Mexico.WithDbAsync(async db =>
        {
            var setting = await db.InstanceSettings.SingleAsync(s => s.Key == InstanceSetting.Country);
            setting.Value = "MX";
            return await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Mexico.DisposeAsync();
        await Guatemala.DisposeAsync();
    }
}

public class AssistedReturnJourneyTests(TwoCountryHosts hosts) : IClassFixture<TwoCountryHosts>
{
    [Fact]
    public async Task A_consulate_request_is_approved_travels_and_is_registered_in_one_step_at_reception_in_the_country_of_return()
    {
        var mx = hosts.Mexico;
        var gt = hosts.Guatemala;
        var w = await mx.AvrWorldAsync();
        var manager = await mx.CreateUserAsync(w.Office.Id, Roles.FundManager);
        var reception = await gt.CreateInstitutionAsync("Centro de Recepción de Retornados – La Aurora", InstitutionKind.ReceptionCentre, "GT");
        var officer = await gt.CreateUserAsync(reception.Id, Roles.ReceptionOfficer);
        var authority = await gt.CreateInstitutionAsync("Procuraduría General de la Nación – NNA", InstitutionKind.ChildProtectionAuthority, "GT");
        var mxAdmin = (await mx.SignedInAsync(Roles.Administrator)).Client;
        var gtAdmin = (await gt.SignedInAsync(Roles.Administrator)).Client;
        var mxKey = await (await mxAdmin.GetAsync("/api/v1/handoffs/key")).ReadAsync<ManagePeers.OwnKey>();
        var gtKey = await (await gtAdmin.GetAsync("/api/v1/handoffs/key")).ReadAsync<ManagePeers.OwnKey>();
        var mxReception = await mx.CreateInstitutionAsync("Estación Migratoria Siglo XXI", InstitutionKind.ReceptionCentre, "MX");
        var mxAuthority = await mx.CreateInstitutionAsync("Procuraduría Federal de Protección de NNA", InstitutionKind.ChildProtectionAuthority, "MX");
        await (await gtAdmin.PutJsonAsync("/api/v1/handoffs/peers/MX", new { name = "Reintegra México", baseUrl = mx.BaseUrl, publicKeyPem = mxKey.PublicKeyPem, receptionInstitutionId = reception.Id, childProtectionInstitutionId = authority.Id })).ReadAsync<ManagePeers.PeerView>();
        await (await mxAdmin.PutJsonAsync("/api/v1/handoffs/peers/GT", new { name = "Reintegra Guatemala", baseUrl = gt.BaseUrl, publicKeyPem = gtKey.PublicKeyPem, receptionInstitutionId = mxReception.Id, childProtectionInstitutionId = mxAuthority.Id })).ReadAsync<ManagePeers.PeerView>();
        // The request drafted by the consulate (the draft form is not built yet: it comes through the API).
        var request = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        var url = $"/AssistedReturn/{request.Id}";

        // The consular officer records Doña Rosa's consent and submits the request.
        var page = await mx.NewPageAsync();
        await page.SignInAsync(w.ConsulUser.Email!, AppFactory.Password);
        await page.GotoAsync(url);
        await page.Locator("#Consent_Giver").SelectOptionAsync("Person");
        await page.Locator("input[name='Consent.Shares'][value='Vulnerabilities']").CheckAsync();
        await page.Locator("input[name='Consent.Shares'][value='HealthDetails']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar consentimiento" }).ClickAsync();
        await Expect(page.GetByTestId("consent")).Not.ToContainTextAsync("Sin consentimiento");
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Enviada");

        // IOM Mexico's fund manager checks it against the CRM Reserve Fund and approves.
        var office = await mx.NewPageAsync();
        await office.SignInAsync(manager.Email!, AppFactory.Password);
        await office.GotoAsync(url);
        await office.GetByRole(AriaRole.Button, new() { Name = "Verificar elegibilidad" }).ClickAsync();
        await Expect(office.GetByTestId("eligibility")).ToBeVisibleAsync();
        await office.GetByTestId("approve").ClickAsync();
        await Expect(office.Locator("h1")).ToContainTextAsync("Aprobada");

        // The consulate arranges the travel: the arrival is announced to Guatemala's instance.
        await page.GotoAsync(url);
        await page.Locator("#Travel_Mode").SelectOptionAsync("Air");
        await page.Locator("#Travel_DepartureAt").FillAsync("2026-11-20T08:00");
        await page.Locator("#Travel_ExpectedArrivalAt").FillAsync("2026-11-20T13:00");
        await page.Locator("#Travel_Itinerary").FillAsync("Aeroméxico AM 650 TAP–MEX, AM 672 MEX–GUA");
        await page.Locator("#Travel_PointOfEntry").FillAsync("Aeropuerto Internacional La Aurora");
        await page.Locator("#Travel_EscortName").FillAsync("Carlos Ruiz (OIM)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organizar el viaje y anunciar la llegada" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Viaje organizado");
        await Expect(page.GetByTestId("handoff")).ToContainTextAsync("Anuncio de llegada · Entregado");
        await page.ScreenshotAsync("avr-travel-arranged");

        // In Guatemala, reception sees the announced arrival and registers Doña Rosa in one step.
        var desk = await gt.NewPageAsync();
        await desk.SignInAsync(officer.Email!, AppFactory.Password);
        await desk.GotoAsync("/AssistedReturn/Announced");
        await desk.GetByRole(AriaRole.Link, new() { Name = request.Reference }).ClickAsync();
        await Expect(desk.GetByTestId("preregistration")).ToContainTextAsync("Rosa Amalia Tzul Chávez");
        await Expect(desk.GetByTestId("preregistration")).ToContainTextAsync("Usa silla de ruedas");
        await desk.GetByTestId("new-person").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Registrar en un paso" }).ClickAsync();
        await Expect(desk.Locator("h1")).ToContainTextAsync("Recibida");
        await Expect(desk.GetByTestId("history")).ToContainTextAsync("Aprobada");
        await desk.ScreenshotAsync("avr-received-in-guatemala");
        var personId = await gt.WithDbAsync(db => db.AnnouncedReturns.Where(a => a.Reference == request.Reference).Select(a => a.PersonId).SingleAsync());
        Assert.NotNull(personId);

        // Back in Mexico the request is received, and the fund manager closes it.
        await office.GotoAsync(url);
        await Expect(office.Locator("h1")).ToContainTextAsync("Recibida");
        await office.GetByRole(AriaRole.Button, new() { Name = "Cerrar la solicitud" }).ClickAsync();
        await Expect(office.Locator("h1")).ToContainTextAsync("Cerrada");
    }
}
