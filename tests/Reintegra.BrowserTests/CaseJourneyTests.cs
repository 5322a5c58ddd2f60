using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class CaseJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_case_worker_refers_a_returnee_the_provider_completes_it_and_the_case_is_closed()
    {
        var office = await host.CreateInstitutionAsync("Centro de Atención al Migrante Retornado – Quetzaltenango");
        var reception = await host.ClientForAsync(await host.CreateUserAsync(office.Id, Roles.ReceptionOfficer));
        var caseWorker = await host.CreateUserAsync(office.Id, Roles.CaseWorker);
        var providerInstitution = await host.CreateInstitutionAsync("Servicio Nacional de Empleo – Quetzaltenango", InstitutionKind.ServiceProvider);
        var providerUser = await host.CreateUserAsync(providerInstitution.Id, Roles.ServiceProvider);
        var serviceId = await host.WithDbAsync(async db =>
        {
            var service = new Service(new ServiceDetails(providerInstitution.Id, "Bolsa de empleo – construcción", ServiceCategory.Employment, null, [], 18, null, null,
                Vulnerability.None, ["spa"], "+502 7763 0000", null, null, 40, true), host.Clock.GetUtcNow().UtcDateTime);
            db.Services.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
        var ret = await reception.RegisterAsync(ReceptionDriver.Adult("Wilmer", "Xicará", "Tzoc", "1993-04-10"));

        // The case worker opens the case from the person's page.
        var page = await host.NewPageAsync();
        await page.SignInAsync(caseWorker.Email!, AppFactory.Password);
        await page.GotoAsync($"/People/{ret.PersonId}");
        await page.GetByTestId("open-case").ClickAsync();
        await page.Locator("#Input_Notes").FillAsync("Llegó en el vuelo del jueves; busca trabajo en construcción.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Abrir caso" }).ClickAsync();
        await Expect(page.GetByTestId("consent-missing")).ToBeVisibleAsync();
        var caseUrl = new Uri(page.Url).AbsolutePath;

        // Consent: data collection, sharing with employment services, name and contact only.
        await page.GetByTestId("consent-missing").GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("#Input_DataCollection").CheckAsync();
        await page.Locator("input[name='Input.SharingWith'][value='Employment']").CheckAsync();
        await page.Locator("input[name='Input.SharedFields'][value='Name']").CheckAsync();
        await page.Locator("input[name='Input.SharedFields'][value='Contact']").CheckAsync();
        await page.Locator("input[name='Input.FollowUpContact'][value='true']").CheckAsync();
        await page.Locator("#record-consent").ClickAsync();
        await Expect(page.GetByText("Consentimiento registrado.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("consent-missing")).ToHaveCountAsync(0);

        // Assessment: every item rated, work a high need, with an occupation.
        await page.GetByRole(AriaRole.Button, new() { Name = "Pasar a Evaluación" }).ClickAsync();
        await page.GotoAsync($"{caseUrl}/Assess");
        foreach (var radio in await page.Locator("input[type=radio][value='Low']").AllAsync())
        {
            await radio.CheckAsync();
        }
        await page.Locator("input[name='Input.Ratings[Work]'][value='High']").CheckAsync();
        await page.Locator("#Input_EconomicSummary").FillAsync("Sin empleo desde el retorno; seis años de albañil en Houston.");
        await page.Locator("#Input_Occupations_0__IscoCode").SelectOptionAsync("7112");
        await page.Locator("#save-assessment").ClickAsync();
        await Expect(page.GetByTestId("assessment-levels")).ToContainTextAsync("Alta");
        await page.ScreenshotAsync("case-assessed");

        // Plan: one referral action for employment, then the referral itself from that action.
        await page.GetByRole(AriaRole.Button, new() { Name = "Pasar a Plan" }).ClickAsync();
        await page.GotoAsync($"{caseUrl}/Plan");
        await page.Locator("#Action_Dimension").SelectOptionAsync("Economic");
        await page.Locator("#Action_Kind").SelectOptionAsync("Referral");
        await page.Locator("#Action_Description").FillAsync("Colocación laboral en construcción");
        await page.Locator("#Action_ServiceCategory").SelectOptionAsync("Employment");
        await page.Locator("#Action_TargetDate").FillAsync("2026-12-15");
        await page.Locator("#add-action").ClickAsync();
        await page.Locator("a[href*='/Refer?actionId=']").First.ClickAsync();
        await page.Locator($"input[name='Input.ServiceId'][value='{serviceId}']").CheckAsync();
        await page.Locator("#Input_Reason").FillAsync("Albañil con seis años de experiencia; disponible de inmediato.");
        await page.Locator("input[name='Input.SharedFields'][value='Name']").CheckAsync();
        await page.Locator("#send-referral").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Referrals/"));
        var referralUrl = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync($"{caseUrl}/Plan");
        await page.Locator("#agree-plan").ClickAsync();
        await Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("Acordado");
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pasar a Implementación" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pasar a Seguimiento" })).ToBeVisibleAsync();

        // The provider signs in, finds the referral in its inbox, sees only the name that was shared, accepts and completes it.
        var providerPage = await host.NewPageAsync();
        await providerPage.SignInAsync(providerUser.Email!, AppFactory.Password);
        await providerPage.GetByRole(AriaRole.Link, new() { Name = "Derivaciones", Exact = true }).ClickAsync();
        var inbox = providerPage.GetByTestId("inbox");
        await Expect(inbox).ToContainTextAsync("Wilmer Xicará Tzoc");
        await inbox.Locator("tbody tr").Filter(new() { HasText = "Wilmer Xicará Tzoc" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(providerPage.GetByText("Albañil con seis años de experiencia", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(providerPage.Locator("main")).Not.ToContainTextAsync("1993");
        await providerPage.Locator("#accept-referral").ClickAsync();
        await providerPage.Locator("#Complete_Text").FillAsync("Contratado por Constructora Maya como albañil, desde el 1 de diciembre.");
        await providerPage.Locator("#complete-referral").ClickAsync();
        await Expect(providerPage.GetByTestId("referral-status")).ToHaveTextAsync("Completada");
        await providerPage.ScreenshotAsync("referral-completed");
        // A provider cannot browse people or cases.
        await providerPage.GotoAsync(caseUrl);
        await Expect(providerPage.Locator("main")).Not.ToContainTextAsync("Wilmer");

        // The case worker sees the referral completed on the dashboard, with what was delivered, and closes the case.
        await page.GotoAsync("/Cases");
        await Expect(page.GetByTestId("completed")).ToContainTextAsync("Wilmer Xicará");
        await page.GotoAsync(referralUrl);
        await Expect(page.Locator("main")).ToContainTextAsync("Contratado por Constructora Maya");
        await page.GotoAsync(caseUrl);
        await page.Locator("details.more summary").Filter(new() { HasText = "Cerrar el caso" }).ClickAsync();
        await page.Locator("#Close_Reason").SelectOptionAsync("PlanCompleted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerrar el caso" }).ClickAsync();
        await Expect(page.GetByTestId("closed")).ToContainTextAsync("Plan completado");
        await page.ScreenshotAsync("case-closed");

        var closed = await host.WithDbAsync(db => db.Cases.SingleAsync(c => c.PersonId == ret.PersonId));
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CaseClosureReason.PlanCompleted, closed.ClosureReason);

        // The printable summary, in Spanish and in English.
        await page.GotoAsync($"{caseUrl}/Summary");
        await Expect(page.Locator("body")).ToContainTextAsync("Resumen del caso de reintegración");
        await Expect(page.Locator("body")).ToContainTextAsync("Contratado por Constructora Maya");
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "EN" }).ClickAsync();
        await Expect(page.GetByTestId("closed")).ToContainTextAsync("Plan completed");
        await page.GotoAsync($"{caseUrl}/Summary");
        await Expect(page.Locator("body")).ToContainTextAsync("Reintegration case summary");
    }
}
