using Microsoft.Playwright;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Programmes;
using static Microsoft.Playwright.Assertions;

namespace Reintegra.BrowserTests;

public class CatalogueJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Title = "Protocolo de atención diferenciada a mujeres retornadas";

    [Fact]
    public async Task A_focal_point_shares_a_good_practice_the_secretariat_publishes_it_and_a_recommendation_gets_progress()
    {
        var ministry = await host.CreateInstitutionAsync("Ministerio de Relaciones Exteriores de El Salvador", InstitutionKind.Ministry, "SV");
        var focal = await host.CreateUserAsync(ministry.Id, Roles.CountryFocalPoint);
        var secretariatInstitution = await host.CreateInstitutionAsync("Secretaría Técnica de la CRM", InstitutionKind.InternationalOrganisation, "CR");
        var secretariat = await host.CreateUserAsync(secretariatInstitution.Id, Roles.ConferenceSecretariat);

        // The working group on the individual level agreed a recommendation with El Salvador among those responsible.
        var api = await host.ClientForAsync(secretariat);
        var recommendation = await (await api.PostJsonAsync("/api/v1/roadmap/recommendations", new
        {
            title = "Atención diferenciada a mujeres retornadas en los centros de recepción",
            summary = "Establecer ventanillas y protocolos de atención diferenciada para mujeres retornadas.",
            language = "es",
            levels = new[] { "Individual" },
            dimensions = new[] { "Social", "Psychosocial" },
            targetGroups = new[] { "Women" },
            responsibleCountries = new[] { "SV", "GT", "HN" },
            term = "ShortTerm",
        })).ReadAsync<ManageRoadmap.RecommendationView>();
        await api.PostJsonAsync($"/api/v1/roadmap/recommendations/{recommendation.Id}/publish", new { version = recommendation.Version });

        // The country focal point fills in Annex I, with an English translation, and sends it for review.
        var page = await host.NewPageAsync();
        await page.SignInAsync(focal.Email!, AppFactory.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Programas" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Llenar el Anexo I" }).ClickAsync();
        await page.Locator("#Input_Kind").SelectOptionAsync("GoodPractice");
        await page.Locator("#Input_Country").SelectOptionAsync("SV");
        await page.Locator("#Input_Title").FillAsync(Title);
        await page.Locator("#Input_Summary").FillAsync("Ventanillas que orientan y refieren a las mujeres retornadas a los servicios del Estado desde su llegada.");
        await page.Locator("details summary").First.ClickAsync();
        await page.Locator("#Input_TranslatedTitle").FillAsync("Differentiated care protocol for returned women");
        await page.Locator("#Input_TranslatedSummary").FillAsync("Service windows that guide returned women to State services from their arrival.");
        await page.Locator("input[name='Input.Levels'][value='Individual']").CheckAsync();
        await page.Locator("input[name='Input.Dimensions'][value='Social']").CheckAsync();
        await page.Locator("input[name='Input.TargetGroups'][value='Women']").CheckAsync();
        await page.Locator("#Input_Source").FillAsync("Anexo I, Taller sobre Reintegración Sostenible");
        await page.ScreenshotAsync("annex-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar borrador" }).ClickAsync();
        await Expect(page.GetByText("Entrada del Anexo I guardada como borrador.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("entry-status")).ToHaveTextAsync("Borrador");
        var entryUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar a revisión" }).ClickAsync();
        await Expect(page.GetByText("Enviado a la Secretaría para revisión.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("entry-status")).ToHaveTextAsync("En revisión");

        // The secretariat finds it in its queue, reviews and publishes it.
        var review = await host.NewPageAsync();
        await review.SignInAsync(secretariat.Email!, AppFactory.Password);
        await review.GetByRole(AriaRole.Link, new() { Name = "Programas" }).ClickAsync();
        await review.GetByTestId("review-practices").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(review.GetByTestId("entry-title")).ToHaveTextAsync(Title);
        await review.ScreenshotAsync("annex-review");
        await review.GetByRole(AriaRole.Button, new() { Name = "Publicar" }).ClickAsync();
        await Expect(review.GetByText("Publicado en el portal público.")).ToBeVisibleAsync();
        await Expect(review.GetByTestId("entry-status")).ToHaveTextAsync("Publicado");

        // Anyone reads it on the public portal, in Spanish and in English, with no one's name on it.
        var visitor = await host.NewPageAsync();
        await visitor.GotoAsync("/Portal");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Retos y buenas prácticas" }).First.ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(visitor.GetByTestId("entry-title")).ToHaveTextAsync(Title);
        await Expect(visitor.Locator("main")).ToContainTextAsync("Ministerio de Relaciones Exteriores de El Salvador");
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync(focal.FullName);
        await visitor.ScreenshotAsync("portal-practice");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "EN" }).ClickAsync();
        await Expect(visitor.GetByTestId("entry-title")).ToHaveTextAsync("Differentiated care protocol for returned women");
        await Expect(visitor.Locator("main")).ToContainTextAsync("Good practice");
        await Expect(visitor.Locator("body")).Not.ToContainTextAsync(secretariat.FullName);
        await visitor.ScreenshotAsync("portal-practice-en");

        // The focal point reports what El Salvador has done on the recommendation; the portal shows it.
        await page.GotoAsync(entryUrl);
        await Expect(page.GetByTestId("entry-status")).ToHaveTextAsync("Publicado");
        await page.GotoAsync("/Programmes/Roadmap");
        await page.GetByRole(AriaRole.Link, new() { Name = "Atención diferenciada a mujeres retornadas", Exact = false }).First.ClickAsync();
        var progress = page.GetByTestId("progress-form");
        await progress.Locator("#Progress_Status").SelectOptionAsync("InProgress");
        await progress.Locator("#Progress_Text").FillAsync("Ventanillas abiertas en los centros de recepción de San Salvador y La Hachadura.");
        await progress.GetByRole(AriaRole.Button, new() { Name = "Registrar avance" }).ClickAsync();
        await Expect(page.GetByText("Avance registrado.")).ToBeVisibleAsync();

        await visitor.GotoAsync("/Portal/Roadmap");
        var group = visitor.GetByTestId("group-Individual");
        await Expect(group.GetByTestId("progress")).ToContainTextAsync("La Hachadura");
        await Expect(group.GetByTestId("recommendation-status")).ToHaveTextAsync("In progress");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "ES" }).ClickAsync();
        await Expect(group.GetByTestId("recommendation-status")).ToHaveTextAsync("En curso");
        await visitor.ScreenshotAsync("portal-roadmap");
    }
}
