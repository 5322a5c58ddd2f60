using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class EmploymentJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_employer_publishes_a_vacancy_a_case_worker_puts_a_matched_returnee_forward_and_the_hire_shows_on_the_case()
    {
        // A returnee whose case has consent to be proposed to employers and a skills profile (bricklayer abroad, 6 years).
        var office = await host.CreateInstitutionAsync("Centro de Atención al Migrante Retornado – Huehuetenango");
        var reception = await host.ClientForAsync(await host.CreateUserAsync(office.Id, Roles.ReceptionOfficer));
        var caseWorker = await host.CreateUserAsync(office.Id, Roles.CaseWorker);
        var api = await host.ClientForAsync(caseWorker);
        var ret = await reception.RegisterAsync(ReceptionDriver.Adult("Wilmer", "Xicará", "Tzoc", "1993-04-10"));
        var opened = await (await api.PostJsonAsync("/api/v1/cases", new { personId = ret.PersonId, returnEventId = ret.ReturnId })).NodeAsync();
        var caseId = (Guid)opened["caseId"]!;
        var version = (int)(await (await api.GetAsync($"/api/v1/cases/{caseId}")).NodeAsync())["version"]!;
        (await api.PostJsonAsync($"/api/v1/cases/{caseId}/consents", new
        {
            dataCollection = true,
            sharingWith = new[] { "Employment" },
            sharedFields = new[] { "Name" },
            followUpContact = true,
            employerProposal = true,
            givenBy = "Person",
            givenOn = "2026-11-19",
            version,
        })).EnsureSuccessStatusCode();
        (await api.PutJsonAsync($"/api/v1/cases/{caseId}/skills-profile", new
        {
            occupations = new[] { new { iscoCode = "7112", period = "Abroad", years = 6 } },
            skills = new[] { "Albañilería", "Lectura de planos" },
            languages = new[] { new { code = "spa", level = "Native" } },
            education = "Primary",
            adm1PCode = "GT13",
            adm2PCode = "GT1301",
            mobility = "WithinDepartment",
            availableFrom = "2026-11-19",
        })).EnsureSuccessStatusCode();
        var employerInstitution = await host.CreateInstitutionAsync("Constructora Cuchumatanes S.A.", InstitutionKind.Employer);
        var employer = await host.CreateUserAsync(employerInstitution.Id, Roles.Employer);

        // The employer publishes a vacancy and sees only anonymous candidates.
        var employerPage = await host.NewPageAsync();
        await employerPage.SignInAsync(employer.Email!, AppFactory.Password);
        await employerPage.GotoAsync("/Employment/Vacancies");
        await employerPage.Locator("#Input_Title").FillAsync("Albañil para vivienda social");
        await employerPage.Locator("#Input_IscoCode").FillAsync("7112");
        await employerPage.Locator("#Input_Places").FillAsync("3");
        await employerPage.Locator("#Input_Adm1PCode").FillAsync("GT13");
        await employerPage.Locator("#Input_Adm2PCode").FillAsync("GT1301");
        await employerPage.Locator("#Input_MinYears").FillAsync("3");
        await employerPage.Locator("#Input_WageMin").FillAsync("3200");
        await employerPage.Locator("#Input_WageMax").FillAsync("4000");
        await employerPage.Locator("#Input_StartOn").FillAsync("2026-12-01");
        await employerPage.Locator("#Input_ClosingOn").FillAsync("2026-12-20");
        await employerPage.Locator("#Input_Skills").FillAsync("Albañilería\nLectura de planos");
        await employerPage.Locator("#publish-vacancy").ClickAsync();
        await Expect(employerPage.GetByText("Vacante publicada.")).ToBeVisibleAsync();
        var vacancyUrl = new Uri(employerPage.Url).AbsolutePath;
        await Expect(employerPage.GetByTestId("anonymous-candidates")).ToContainTextAsync("Misma ocupación (grupo primario CIUO-08)");
        await Expect(employerPage.GetByText("Xicará")).ToHaveCountAsync(0);

        // The case worker finds the vacancy, sees the returnee ranked with the reasons, and puts them forward with their agreement.
        var workerPage = await host.NewPageAsync();
        await workerPage.SignInAsync(caseWorker.Email!, AppFactory.Password);
        await workerPage.GotoAsync("/Employment/Openings");
        await workerPage.GetByRole(AriaRole.Link, new() { Name = "Albañil para vivienda social" }).ClickAsync();
        var row = workerPage.GetByTestId("candidate").Filter(new() { HasText = "Wilmer Xicará Tzoc" });
        await Expect(row).ToContainTextAsync("6 años de experiencia (se piden 3)");
        await row.GetByTestId("person-agreed").CheckAsync();
        await row.GetByTestId("put-forward").ClickAsync();
        await Expect(workerPage.GetByText("Persona propuesta al empleador.")).ToBeVisibleAsync();
        await Expect(workerPage.GetByTestId("candidate").Filter(new() { HasText = "Wilmer Xicará Tzoc" }).GetByTestId("placement-status")).ToHaveTextAsync("Propuesta");

        // The employer now sees the person's name and records the hire.
        await employerPage.GotoAsync(vacancyUrl);
        var put = employerPage.GetByTestId("put-forward");
        await Expect(put).ToContainTextAsync("Wilmer Xicará Tzoc");
        await put.GetByTestId("hire").ClickAsync();
        await Expect(employerPage.GetByText("Contratación registrada.")).ToBeVisibleAsync();
        await Expect(employerPage.GetByTestId("put-forward").GetByTestId("placement-status")).ToHaveTextAsync("Contratada");

        // The placement appears in the case and in the case worker's figures.
        await workerPage.GotoAsync($"/Cases/{caseId}");
        await Expect(workerPage.GetByTestId("case-placements").GetByTestId("placement-status")).ToHaveTextAsync("Contratada");
        await workerPage.GotoAsync("/Cases");
        await Expect(workerPage.GetByTestId("outcome-hired")).ToHaveTextAsync("1");
        await workerPage.ScreenshotAsync("employment-journey-dashboard");
    }
}
