using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Programmes;

/// <summary>
/// The same rules as the API, through the pages a browser asks for: only the submitting institution and the
/// secretariat (once submitted) reach an entry before publication; bad input on a form is answered with localized
/// messages next to the fields and changes nothing; what is published reaches the portal in both languages.
/// </summary>
public class CataloguePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Seeded(CatalogueDriver.Actor Owner, HttpClient Pages, Guid Programme, Guid Practice, Guid Activity);

    private async Task<Seeded> SeedAsync()
    {
        var owner = await app.FocalPointAsync("HN");
        var programme = await owner.CreateProgrammeAsync(CatalogueDriver.Programme("UMAR de San Pedro Sula").With("country", "HN").With("coverage", new[] { "HN05" }));
        var practice = await owner.CreatePracticeAsync(CatalogueDriver.Practice().With("country", "HN").With("programmeId", programme.Id));
        var activity = await (await owner.Client.PostJsonAsync("/api/v1/outreach", OutreachTests.Activity(programme.Id))).ReadAsync<Web.Features.Programmes.ManageOutreach.ActivityView>();
        return new Seeded(owner, await app.SignInToPagesAsync(owner.User), programme.Id, practice.Id, activity.Id);
    }

    private async Task<HttpClient> PagesOfAsync(CatalogueDriver.Actor actor) => await app.SignInToPagesAsync(actor.User);

    [Fact]
    public async Task Every_page_of_the_area_renders_for_the_submitting_focal_point()
    {
        var s = await SeedAsync();
        foreach (var url in new[]
                 {
                     "/Programmes", "/Programmes/Registry/New", $"/Programmes/Registry/{s.Programme}", $"/Programmes/Registry/{s.Programme}/Edit",
                     "/Programmes/AnnexI/New", $"/Programmes/AnnexI/{s.Practice}", $"/Programmes/AnnexI/{s.Practice}/Edit",
                     "/Programmes/Roadmap", "/Programmes/Roadmap/Budget", "/Programmes/Outreach", "/Programmes/Outreach/Activity",
                     $"/Programmes/Outreach/Activity/{s.Activity}", $"/Programmes/Outreach/Activity?programmeId={s.Programme}",
                 })
        {
            var response = await s.Pages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        var home = await s.Pages.GetStringAsync("/Programmes");
        Assert.Contains("UMAR de San Pedro Sula", home);
        Assert.Contains("Protocolo de atención a mujeres retornadas", home);
    }

    [Fact]
    public async Task Another_institutions_focal_point_gets_404_on_every_page_of_an_entry_and_changes_nothing()
    {
        var s = await SeedAsync();
        var stranger = await PagesOfAsync(await app.FocalPointAsync("HN"));
        foreach (var url in new[]
                 {
                     $"/Programmes/Registry/{s.Programme}", $"/Programmes/Registry/{s.Programme}/Edit", $"/Programmes/AnnexI/{s.Practice}",
                     $"/Programmes/AnnexI/{s.Practice}/Edit", $"/Programmes/Outreach/Activity/{s.Activity}", $"/Portal/Programmes/{s.Programme}", $"/Portal/Practices/{s.Practice}",
                 })
        {
            Assert.True((await stranger.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        Assert.DoesNotContain("UMAR de San Pedro Sula", await stranger.GetStringAsync("/Programmes"));

        var edit = await stranger.PostFormAsync("/Programmes/AnnexI/New", $"/Programmes/AnnexI/{s.Practice}/Edit", PracticeForm("Cambiado por otro", version: 0));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var submit = await stranger.PostFormAsync("/Programmes/AnnexI/New", $"/Programmes/AnnexI/{s.Practice}?handler=Submit", new() { ["Review.Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        var programme = await stranger.PostFormAsync("/Programmes/Registry/New", $"/Programmes/Registry/{s.Programme}?handler=Submit", new() { ["Review.Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, programme.StatusCode);
        var activity = await stranger.PostFormAsync("/Programmes/Outreach/Activity", $"/Programmes/Outreach/Activity/{s.Activity}", ActivityForm(count: "5"));
        Assert.Equal(HttpStatusCode.NotFound, activity.StatusCode);
        await AssertUnchangedAsync(s);
    }

    [Fact]
    public async Task The_secretariat_sees_nothing_before_submission_then_reviews_and_publishes_through_the_pages()
    {
        var s = await SeedAsync();
        var secretariat = await app.SecretariatAsync();
        var review = await PagesOfAsync(secretariat);
        Assert.Equal(HttpStatusCode.NotFound, (await review.GetAsync($"/Programmes/AnnexI/{s.Practice}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await review.GetAsync($"/Programmes/Registry/{s.Programme}/Edit")).StatusCode);
        var early = await review.PostFormAsync("/Programmes", $"/Programmes/AnnexI/{s.Practice}?handler=Publish", new() { ["Review.Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        await AssertUnchangedAsync(s);

        // The focal point submits from the entry's page; the secretariat asks for a change, then publishes.
        var submitted = await s.Pages.PostFormAsync($"/Programmes/AnnexI/{s.Practice}", $"/Programmes/AnnexI/{s.Practice}?handler=Submit", new() { ["Review.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var queue = await review.GetStringAsync("/Programmes");
        Assert.Contains("Protocolo de atención a mujeres retornadas", queue);
        Assert.DoesNotContain("UMAR de San Pedro Sula", queue);
        var version = (await s.Owner.GetPracticeAsync(s.Practice)).Version;
        var returned = await review.PostFormAsync($"/Programmes/AnnexI/{s.Practice}", $"/Programmes/AnnexI/{s.Practice}?handler=RequestChanges",
            new() { ["Review.Version"] = version.ToString(), ["Review.Note"] = "Indique el periodo de implementación." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Indique el periodo de implementación.", await s.Pages.GetStringAsync($"/Programmes/AnnexI/{s.Practice}"));
        await s.Owner.StepAsync("practices", s.Practice, "submit");
        version = (await s.Owner.GetPracticeAsync(s.Practice)).Version;
        var published = await review.PostFormAsync($"/Programmes/AnnexI/{s.Practice}", $"/Programmes/AnnexI/{s.Practice}?handler=Publish", new() { ["Review.Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var visitor = app.Anonymous();
        var es = await visitor.GetStringAsync($"/Portal/Practices/{s.Practice}");
        Assert.Contains("Protocolo de atención a mujeres retornadas", es);
        Assert.Contains("Buena práctica", es);
        var en = await visitor.GetStringAsync($"/Portal/Practices/{s.Practice}?culture=en");
        Assert.Contains("Care protocol for returned women", en);
        Assert.Contains("Good practice", en);
        foreach (var html in new[] { es, en })
        {
            // The review conversation and the people behind it stay inside.
            Assert.DoesNotContain("Indique el periodo", html);
            Assert.DoesNotContain(s.Owner.User.Email!, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(s.Owner.User.FullName, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secretariat.User.FullName, html, StringComparison.OrdinalIgnoreCase);
        }
        // The programme it is linked to is still a draft: it is not on the portal.
        Assert.DoesNotContain($"/Portal/Programmes/{s.Programme}", es);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/Portal/Programmes/{s.Programme}")).StatusCode);
    }

    [Theory]
    [InlineData("es", "Este campo es obligatorio.", "No incluya correos electrónicos ni teléfonos")]
    [InlineData("en", "This field is required.", "Do not include e-mail addresses or phone numbers")]
    public async Task Bad_input_on_the_annex_form_gets_localized_messages_by_the_fields_and_saves_nothing(string culture, string required, string contact)
    {
        var focal = await app.FocalPointAsync("GT");
        var pages = await PagesOfAsync(focal);
        var fields = PracticeForm("", version: null);
        fields["Input.Kind"] = "Nope";
        fields["Input.Country"] = "XX";
        fields["Input.Summary"] = "Escriba a ana.lopez@minex.gob.gt para más detalles.";
        fields["Input.Levels"] = "Planetary";
        var response = await pages.PostFormAsync("/Programmes/AnnexI/New", $"/Programmes/AnnexI/New?culture={culture}", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(required, html);
        Assert.Contains(contact, html);
        Assert.Contains("field-validation-error", html);
        Assert.DoesNotContain("The value", html);
        Assert.DoesNotContain("is invalid", html);
        // What was typed is kept, so nothing has to be typed again.
        Assert.Contains("ana.lopez@minex.gob.gt", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Practices.CountAsync(p => p.InstitutionId == focal.Institution.Id)));
    }

    [Fact]
    public async Task A_programme_form_with_bad_amounts_dates_and_pcodes_is_refused_field_by_field()
    {
        var focal = await app.FocalPointAsync("GT");
        var pages = await PagesOfAsync(focal);
        var fields = ProgrammeForm("Programa de reintegración económica");
        fields["Input.FundingAmount"] = "-5";
        fields["Input.StartDate"] = "2025-01-01";
        fields["Input.EndDate"] = "2020-01-01";
        fields["Coverage"] = "GT99 ZZ01";
        fields["Input.Indicators[0].Name"] = "Personas capacitadas";
        fields["Input.Indicators[0].Target"] = "muchas";
        var response = await pages.PostFormAsync("/Programmes/Registry/New", "/Programmes/Registry/New", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("P-código desconocido", html);
        Assert.Contains("data-valmsg-for=\"Input.FundingAmount\"", html);
        Assert.Contains("data-valmsg-for=\"Input.EndDate\"", html);
        Assert.DoesNotContain("The value", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Programmes.CountAsync(p => p.InstitutionId == focal.Institution.Id)));

        var ok = await pages.PostFormAsync("/Programmes/Registry/New", "/Programmes/Registry/New", ProgrammeForm("Programa de reintegración económica"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Programmes.CountAsync(p => p.InstitutionId == focal.Institution.Id)));
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_page_does_not_overwrite_the_newer_one()
    {
        var s = await SeedAsync();
        var colleague = await app.SignInToPagesAsync(await app.CreateUserAsync(s.Owner.Institution.Id, Roles.CountryFocalPoint));
        var first = await s.Pages.PostFormAsync($"/Programmes/AnnexI/{s.Practice}/Edit", $"/Programmes/AnnexI/{s.Practice}/Edit", PracticeForm("Protocolo revisado", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var late = await colleague.PostFormAsync($"/Programmes/AnnexI/{s.Practice}/Edit", $"/Programmes/AnnexI/{s.Practice}/Edit", PracticeForm("Protocolo de la colega", version: 0));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("no se ha sobrescrito nada", await late.Content.ReadAsStringAsync());
        Assert.Equal("Protocolo revisado", (await s.Owner.GetPracticeAsync(s.Practice)).Working.Entry.Title);
    }

    [Fact]
    public async Task Progress_on_a_recommendation_is_reported_by_a_responsible_country_and_bad_input_changes_nothing()
    {
        var secretariat = await app.SecretariatAsync();
        var recommendation = await secretariat.PublishedRecommendationAsync(CatalogueDriver.Recommendation("Community", "HN"));
        var focal = await app.FocalPointAsync("HN");
        var pages = await PagesOfAsync(focal);
        var url = $"/Programmes/Roadmap/{recommendation.Id}";
        Assert.Contains("data-testid=\"progress-form\"", await pages.GetStringAsync(url));
        int Count(Web.Data.AppDbContext db) => db.ProgressUpdates.Count(p => p.RecommendationId == recommendation.Id);

        var bad = await pages.PostFormAsync(url, $"{url}?handler=Progress&culture=en",
            new() { ["Progress.ReportedOn"] = "2099-01-01", ["Progress.Status"] = "Finished-ish", ["Progress.Text"] = "" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("This field is required.", html);
        Assert.Contains("data-valmsg-for=\"Progress.ReportedOn\"", html);
        Assert.DoesNotContain("The value", html);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(Count(db))));

        // A country that is not responsible for it cannot report on it.
        var other = await PagesOfAsync(await app.FocalPointAsync("CR"));
        var refused = await other.PostFormAsync(url, $"{url}?handler=Progress", Progress("Avance de otro país"));
        Assert.Contains("Su país no figura como responsable", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(Count(db))));

        var ok = await pages.PostFormAsync(url, $"{url}?handler=Progress", Progress("Tres municipios aprobaron fondos semilla."));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(Count(db))));
        Assert.Contains("Tres municipios aprobaron fondos semilla.", await app.Anonymous().GetStringAsync("/Portal/Roadmap"));
    }

    [Fact]
    public async Task An_outreach_form_with_negative_or_absurd_counts_is_refused_and_saves_nothing()
    {
        var focal = await app.FocalPointAsync("HN");
        var pages = await PagesOfAsync(focal);
        int Count(Web.Data.AppDbContext db) => db.OutreachActivities.Count(a => a.InstitutionId == focal.Institution.Id);
        var bad = await pages.PostFormAsync("/Programmes/Outreach/Activity", "/Programmes/Outreach/Activity", ActivityForm(count: "-40", adm2: "GT0101"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Debe estar entre 0 y", html);
        Assert.Contains("data-valmsg-for=\"Input.Adm2\"", html);
        Assert.DoesNotContain("The value", html);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(Count(db))));

        var ok = await pages.PostFormAsync("/Programmes/Outreach/Activity", "/Programmes/Outreach/Activity", ActivityForm(count: "40"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(Count(db))));
    }

    [Theory]
    [InlineData(Roles.ReceptionOfficer, "/Programmes")]
    [InlineData(Roles.ReceptionOfficer, "/Programmes/AnnexI/New")]
    [InlineData(Roles.ConferenceSecretariat, "/Programmes/AnnexI/New")]
    [InlineData(Roles.CountryFocalPoint, "/Programmes/Roadmap/New")]
    [InlineData(Roles.CaseWorker, "/Programmes/Roadmap")]
    [InlineData(Roles.Analyst, "/Programmes/Registry/New")]
    public async Task Roles_without_the_capability_do_not_reach_the_page(string role, string url)
    {
        var institution = await app.CreateInstitutionAsync(country: "HN");
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, role));
        var response = await pages.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("AccessDenied", StringComparison.Ordinal) == true,
            $"{role} {url}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    private async Task AssertUnchangedAsync(Seeded s)
    {
        var practice = await s.Owner.GetPracticeAsync(s.Practice);
        Assert.Equal(0, practice.Version);
        Assert.Equal(EntryStatus.Draft, practice.Working.Entry.Status);
        Assert.Equal("Protocolo de atención a mujeres retornadas", practice.Working.Entry.Title);
        var programme = await s.Owner.GetProgrammeAsync(s.Programme);
        Assert.Equal(0, programme.Version);
        Assert.Equal(EntryStatus.Draft, programme.Working.Entry.Status);
        var activity = await (await s.Owner.Client.GetAsync($"/api/v1/outreach/{s.Activity}")).ReadAsync<Web.Features.Programmes.ManageOutreach.ActivityView>();
        Assert.Equal(0, activity.Version);
    }

    private static Dictionary<string, string> PracticeForm(string title, int? version) => new()
    {
        ["Input.Kind"] = "GoodPractice",
        ["Input.Country"] = "HN",
        ["Input.Title"] = title,
        ["Input.Summary"] = "Protocolo que articula a las instituciones que atienden a mujeres retornadas desde su llegada.",
        ["Input.Language"] = "es",
        ["Input.Levels"] = "Individual",
        ["Input.Dimensions"] = "Social",
        ["Input.Version"] = version?.ToString() ?? "",
    };

    private static Dictionary<string, string> ProgrammeForm(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Capital semilla y acompañamiento para emprendimientos de personas retornadas.",
        ["Input.Language"] = "es",
        ["Input.Levels"] = "Individual",
        ["Input.Dimensions"] = "Economic",
        ["Input.Country"] = "GT",
        ["Input.ResponsibleInstitution"] = "Ministerio de Trabajo y Previsión Social",
        ["Input.Types"] = "Employment",
        ["Coverage"] = "GT01",
        ["Input.FundingAmount"] = "150000",
        ["Input.Currency"] = "USD",
        ["Input.StartDate"] = "2024-01-01",
        ["Input.EndDate"] = "2026-12-31",
    };

    private static Dictionary<string, string> ActivityForm(string count, string adm2 = "HN0501") => new()
    {
        ["Input.Kind"] = "MobileUnit",
        ["Input.Title"] = "Unidad móvil en el Instituto Central",
        ["Input.Date"] = "2026-11-10",
        ["Input.Adm1"] = "HN05",
        ["Input.Adm2"] = adm2,
        ["Input.Audience"] = "Estudiantes de secundaria",
        ["Input.Reached[0].Sex"] = "Female",
        ["Input.Reached[0].AgeGroup"] = "Age12To17",
        ["Input.Reached[0].Count"] = count,
        ["Input.Version"] = "0",
    };

    private static Dictionary<string, string> Progress(string text) => new()
    {
        ["Progress.ReportedOn"] = "2026-11-01",
        ["Progress.Status"] = "InProgress",
        ["Progress.Text"] = text,
    };
}
