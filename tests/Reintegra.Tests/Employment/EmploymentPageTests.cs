using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Employment;

/// <summary>The employment pages: forms post to the same handlers as the API, errors show on the form, each page is scoped.</summary>
public class EmploymentPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> VacancyForm(string title, string isco = "7112", string closing = "2026-12-31") => new()
    {
        ["Input.Title"] = title,
        ["Input.IscoCode"] = isco,
        ["Input.Places"] = "2",
        ["Input.Adm1PCode"] = "GT13",
        ["Input.Adm2PCode"] = "GT1301",
        ["Input.MinYears"] = "2",
        ["Input.WageMin"] = "3000",
        ["Input.WageMax"] = "3800",
        ["Input.StartOn"] = "2026-12-01",
        ["Input.ClosingOn"] = closing,
        ["Input.Skills"] = "Albañilería\nLectura de planos",
        ["Input.CertificationRequired"] = "false",
    };

    [Fact]
    public async Task An_employer_publishes_a_vacancy_from_the_form_and_a_bad_one_shows_its_errors_and_saves_nothing()
    {
        var employer = await app.EmployerAsync();
        var pages = await app.SignInToPagesAsync(employer.User);
        var title = $"Albañil {Guid.NewGuid():N}"[..20];

        var bad = await pages.PostFormAsync("/Employment/Vacancies", "/Employment/Vacancies", VacancyForm(title, isco: "99", closing: "2026-01-01"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Código CIUO-08 (ISCO-08) de grupo primario desconocido.", html);
        Assert.Contains("La fecha de cierre no puede estar en el pasado.", html);
        Assert.False(await app.WithDbAsync(db => db.Set<Vacancy>().AnyAsync(v => v.Title == title)));

        var good = await pages.PostFormAsync("/Employment/Vacancies", "/Employment/Vacancies", VacancyForm(title));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var vacancy = await app.WithDbAsync(db => db.Set<Vacancy>().SingleAsync(v => v.Title == title));
        Assert.Equal(["Albañilería", "Lectura de planos"], vacancy.Skills);
        var page = await pages.GetStringAsync(good.Headers.Location!.OriginalString);
        Assert.Contains(title, page);

        // Another employer does not find it; a case worker cannot open the employer's pages.
        var other = await app.SignInToPagesAsync((await app.EmployerAsync()).User);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Employment/Vacancies/{vacancy.Id}")).StatusCode);
        var office = await app.OfficeAsync();
        var worker = await app.SignInToPagesAsync(office.CaseWorkerUser);
        var denied = await worker.GetAsync($"/Employment/Vacancies/{vacancy.Id}");
        Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_worker_saves_the_profile_from_the_form_puts_the_person_forward_and_the_case_and_dashboard_show_it()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("7231"));
        var (_, c) = await office.ReturneeWithCaseAsync(EmploymentDriver.SomeAdult());
        await office.CaseWorker.ConsentToEmployersAsync(c.CaseId);
        var pages = await app.SignInToPagesAsync(office.CaseWorkerUser);
        var url = $"/Employment/Cases/{c.CaseId}/Profile";
        Assert.Contains("Nuevo perfil", await pages.GetStringAsync(url));

        var bad = await pages.PostFormAsync(url, url, new() { ["Input.Occupations[0].IscoCode"] = "72", ["Input.Occupations[0].Period"] = "Abroad", ["Input.Adm1PCode"] = "GT13" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Código CIUO-08 (ISCO-08) de grupo primario desconocido.", await bad.Content.ReadAsStringAsync());

        var saved = await pages.PostFormAsync(url, url, new()
        {
            ["Input.Occupations[0].IscoCode"] = "7231",
            ["Input.Occupations[0].Period"] = "Abroad",
            ["Input.Occupations[0].Years"] = "5",
            ["Input.Occupations[1].IscoCode"] = "",
            ["Input.Skills"] = "Mecánica automotriz\nDiagnóstico",
            ["Input.Languages[0].Code"] = "spa",
            ["Input.Languages[0].Level"] = "Native",
            ["Input.Education"] = "UpperSecondary",
            ["Input.Adm1PCode"] = "GT13",
            ["Input.Adm2PCode"] = "GT1301",
            ["Input.Mobility"] = "WithinCountry",
            ["Input.AvailableFrom"] = "2026-11-19",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await pages.GetStringAsync(url);
        Assert.Contains("data-testid=\"vacancy-matches\"", profile);

        var opening = $"/Employment/Openings/{vacancy}";
        var put = await pages.PostFormAsync(opening, $"{opening}?handler=PutForward&caseId={c.CaseId}", new() { ["Input.PersonAgreed"] = "true", ["Input.AgreedOn"] = "2026-11-19" });
        Assert.Equal(HttpStatusCode.Redirect, put.StatusCode);
        var casePage = await pages.GetStringAsync($"/Cases/{c.CaseId}");
        Assert.Contains("data-testid=\"case-placements\"", casePage);
        Assert.Contains("Propuesta", casePage);
        Assert.Contains("data-testid=\"placement-outcomes\"", await pages.GetStringAsync("/Cases"));

        // Another office does not find the profile; an employer cannot open case workers' pages.
        var stranger = await app.SignInToPagesAsync((await app.OfficeAsync()).CaseWorkerUser);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        var employerPages = await app.SignInToPagesAsync(employer.User);
        foreach (var denied in new[] { url, opening, "/Employment/Openings" })
        {
            var response = await employerPages.GetAsync(denied);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), denied);
        }
        var employerView = await employerPages.GetStringAsync($"/Employment/Vacancies/{vacancy}");
        Assert.Contains("data-testid=\"put-forward\"", employerView);
        Assert.Contains((await office.CaseWorker.GetCaseAsync(c.CaseId)).Person.FirstSurname, employerView);
    }
}
