using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class FollowUpJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_due_follow_up_is_surveyed_its_scores_are_charted_and_the_case_is_closed_with_an_evaluation()
    {
        // A returnee who arrived 95 days ago: the 3-month follow-up is overdue.
        var office = await host.CreateInstitutionAsync("Centro de Atención al Migrante Retornado – Huehuetenango");
        var reception = await host.ClientForAsync(await host.CreateUserAsync(office.Id, Roles.ReceptionOfficer));
        var caseWorker = await host.CreateUserAsync(office.Id, Roles.CaseWorker);
        var api = await host.ClientForAsync(caseWorker);
        var arrived = host.Clock.GetUtcNow().AddDays(-95).AddHours(-6).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var ret = await reception.RegisterAsync(ReceptionDriver.Adult("Wilmer", "Xicará", "Tzoc", "1993-04-10").With("arrivedAt", arrived));
        var opened = await (await api.PostJsonAsync("/api/v1/cases", new { personId = ret.PersonId, returnEventId = ret.ReturnId })).ReadAsync<OpenCase.Result>();
        var version = (int)(await (await api.GetAsync($"/api/v1/cases/{opened.CaseId}")).NodeAsync())["version"]!;
        var consent = await api.PostJsonAsync($"/api/v1/cases/{opened.CaseId}/consents", new
        {
            dataCollection = true,
            sharingWith = new[] { "Employment" },
            sharedFields = new[] { "Name", "Contact" },
            followUpContact = true,
            employerProposal = false,
            givenBy = "Person",
            givenOn = host.Clock.GetUtcNow().AddHours(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            version,
        });
        Assert.True(consent.IsSuccessStatusCode, await consent.Content.ReadAsStringAsync());

        var page = await host.NewPageAsync();
        await page.SignInAsync(caseWorker.Email!, AppFactory.Password);
        await page.GotoAsync("/Cases");
        var task = page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = "Encuesta de seguimiento" });
        await Expect(task).ToBeVisibleAsync();
        await task.ClickAsync();

        // The survey: the best answer to every question (listed first), except a "satisfied" economic situation;
        // Q30 is only asked when the person does not feel able to stay.
        await Expect(page.GetByTestId("survey-form")).ToBeVisibleAsync();
        foreach (var question in await page.Locator("[data-question]").AllAsync())
        {
            if (await question.GetAttributeAsync("data-question") != "30")
            {
                await question.Locator("input[type=radio]").First.CheckAsync();
            }
        }
        await page.Locator("input[name='Input.Answers[1]'][value='Satisfied']").CheckAsync();
        await page.Locator("#Input_Mode").SelectOptionAsync("Phone");
        await page.Locator("#save-survey").ClickAsync();

        // Scores: composite 1 − 0.25 × 0.05 = 0.9875, charted per dimension over time.
        await Expect(page.GetByText("Encuesta guardada.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-scores")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("composite")).ToHaveTextAsync("0,99");
        await Expect(page.GetByTestId("follow-up-schedule")).ToContainTextAsync("Hecha el");
        await page.ScreenshotAsync("follow-up-scored");

        // Closing: the person cannot be reached any more; the evaluation summary is kept with the scores.
        await page.Locator("#Input_Reason").SelectOptionAsync("Unreachable");
        await page.Locator("#Input_Summary").FillAsync("Trabaja como albañil en Chiantla; no contesta desde enero.");
        await page.Locator("#close-case").ClickAsync();
        await Expect(page.GetByText("Caso cerrado con su evaluación.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("evaluation")).ToContainTextAsync("no contesta desde enero");
        await Expect(page.GetByTestId("close-form")).ToHaveCountAsync(0);
        Assert.Equal(CaseStatus.Closed, await host.WithDbAsync(db => db.Cases.Where(c => c.Id == opened.CaseId).Select(c => c.Status).SingleAsync()));
    }
}
