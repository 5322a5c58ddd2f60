using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Programmes;

namespace Reintegra.Tests.Programmes;

/// <summary>A focal point submits, the secretariat reviews and publishes, the public sees it; published entries are versioned.</summary>
public class ReviewWorkflowTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_submitted_programme_reaches_the_public_only_when_the_secretariat_publishes_it()
    {
        var focal = await app.FocalPointAsync();
        var secretariat = await app.SecretariatAsync();
        var anonymous = app.Anonymous();

        var created = await focal.CreateProgrammeAsync();
        Assert.Equal(EntryStatus.Draft, created.Working.Entry.Status);
        Assert.True(created.Can.Submit);
        Assert.Equal(["SV06", "SV0614"], created.Working.Coverage);
        Assert.Equal(250000.50m, created.Working.FundingAmount);
        Assert.Equal(33m, Assert.Single(created.Working.Indicators).Achieved);

        // A draft is the institution's own business: the secretariat does not see it yet.
        await (await secretariat.Client.GetAsync($"/api/v1/programmes/{created.Id}")).ProblemAsync(404);
        Assert.DoesNotContain(created.Id, (await (await secretariat.Client.GetAsync("/api/v1/programmes?scope=review")).ReadAsync<CatalogueViews.CardPage>()).Items.Select(i => i.Id));

        await focal.StepAsync("programmes", created.Id, "submit");
        var queue = await (await secretariat.Client.GetAsync("/api/v1/programmes?scope=review&status=Submitted")).ReadAsync<CatalogueViews.CardPage>();
        Assert.Contains(created.Id, queue.Items.Select(i => i.Id));
        await (await anonymous.GetAsync($"/api/v1/public/programmes/{created.Id}")).ProblemAsync(404);
        Assert.DoesNotContain(created.Id, (await (await anonymous.GetAsync("/api/v1/public/programmes")).ReadAsync<CatalogueViews.CardPage>()).Items.Select(i => i.Id));

        await secretariat.StepAsync("programmes", created.Id, "publish");
        var page = await (await anonymous.GetAsync($"/api/v1/public/programmes/{created.Id}")).ReadAsync<PublicCatalogue.ProgrammePage>();
        Assert.Equal("Ventanillas de atención a mujeres migrantes retornadas", page.Shown.Entry.Title);
        Assert.Equal(EntryStatus.Published, page.Shown.Entry.Status);
        Assert.Equal(focal.Institution.Name, page.InstitutionName);
        var list = await (await anonymous.GetAsync("/api/v1/public/programmes?country=SV&type=Psychosocial&q=ventanillas mujeres")).ReadAsync<CatalogueViews.CardPage>();
        Assert.Contains(created.Id, list.Items.Select(i => i.Id));
        Assert.All(list.Items, i => Assert.Equal("SV", i.Country));
        var other = await (await anonymous.GetAsync("/api/v1/public/programmes?country=GT")).ReadAsync<CatalogueViews.CardPage>();
        Assert.DoesNotContain(created.Id, other.Items.Select(i => i.Id));

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == created.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains(ReviewEntries.Submitted, audited);
        Assert.Contains(ReviewEntries.PublishedAction, audited);
    }

    [Fact]
    public async Task The_secretariat_can_send_an_entry_back_with_a_note_and_the_focal_point_resubmits()
    {
        var focal = await app.FocalPointAsync("GT");
        var secretariat = await app.SecretariatAsync();
        var practice = await focal.CreatePracticeAsync(CatalogueDriver.Practice().With("country", "GT"));
        await focal.StepAsync("practices", practice.Id, "submit");

        var noNote = await secretariat.Client.PostJsonAsync($"/api/v1/practices/{practice.Id}/request-changes", new { version = (await secretariat.GetPracticeAsync(practice.Id)).Version });
        Assert.NotEmpty((await noNote.ProblemAsync(400)).FieldErrors("note"));

        await secretariat.StepAsync("practices", practice.Id, "request-changes", "Indique los resultados con cifras.");
        var returned = await focal.GetPracticeAsync(practice.Id);
        Assert.Equal(EntryStatus.ChangesRequested, returned.Working.Entry.Status);
        Assert.Equal("Indique los resultados con cifras.", returned.Working.Entry.ReviewNote);
        Assert.True(returned.Can.Submit);

        // Publishing what is not under review is refused.
        var early = await secretariat.Client.PostJsonAsync($"/api/v1/practices/{practice.Id}/publish", new { version = returned.Version });
        Assert.Equal("Entry.NotSubmitted", (string)(await early.ProblemAsync(409))["code"]!);

        var edited = await (await focal.Client.PutJsonAsync($"/api/v1/practices/{practice.Id}",
            CatalogueDriver.Practice().With("country", "GT").With("results", "120 mujeres atendidas en 2021.").With("version", returned.Version))).ReadAsync<ManagePractices.PracticeView>();
        Assert.Equal(1, edited.Working.Entry.Number);
        await focal.StepAsync("practices", practice.Id, "submit");
        await secretariat.StepAsync("practices", practice.Id, "publish");

        var published = await (await app.Anonymous().GetAsync($"/api/v1/public/practices/{practice.Id}")).ReadAsync<PublicCatalogue.PracticePage>();
        Assert.Equal("120 mujeres atendidas en 2021.", published.Shown.Results);
        Assert.Null(published.Shown.Entry.ReviewNote);
    }

    [Fact]
    public async Task Editing_a_published_entry_makes_a_new_version_and_the_published_one_stays_as_it_was()
    {
        var focal = await app.FocalPointAsync();
        var secretariat = await app.SecretariatAsync();
        var anonymous = app.Anonymous();
        var id = await focal.PublishedProgrammeAsync(secretariat);
        var before = await focal.GetProgrammeAsync(id);

        var edited = await (await focal.Client.PutJsonAsync($"/api/v1/programmes/{id}",
            CatalogueDriver.Programme("Ventanillas de atención a mujeres retornadas (ampliado)").With("version", before.Version))).ReadAsync<ManageProgrammes.ProgrammeView>();
        Assert.Equal(2, edited.Working.Entry.Number);
        Assert.Equal(EntryStatus.Draft, edited.Working.Entry.Status);
        Assert.Equal(1, edited.PublishedNumber);

        // The public still sees version 1 until version 2 is reviewed.
        var still = await (await anonymous.GetAsync($"/api/v1/public/programmes/{id}")).ReadAsync<PublicCatalogue.ProgrammePage>();
        Assert.Equal("Ventanillas de atención a mujeres migrantes retornadas", still.Shown.Entry.Title);
        Assert.Equal(1, still.CurrentNumber);

        await focal.StepAsync("programmes", id, "submit");
        await secretariat.StepAsync("programmes", id, "publish");
        var now = await (await anonymous.GetAsync($"/api/v1/public/programmes/{id}")).ReadAsync<PublicCatalogue.ProgrammePage>();
        Assert.Equal(2, now.CurrentNumber);
        Assert.Equal("Ventanillas de atención a mujeres retornadas (ampliado)", now.Shown.Entry.Title);
        Assert.Equal([2, 1], now.Versions.Select(v => v.Number));
        Assert.Equal([EntryStatus.Published, EntryStatus.Superseded], now.Versions.Select(v => v.Status));

        var old = await (await anonymous.GetAsync($"/api/v1/public/programmes/{id}/versions/1")).ReadAsync<PublicCatalogue.ProgrammePage>();
        Assert.Equal("Ventanillas de atención a mujeres migrantes retornadas", old.Shown.Entry.Title);
        Assert.Equal(EntryStatus.Superseded, old.Shown.Entry.Status);
        await (await anonymous.GetAsync($"/api/v1/public/programmes/{id}/versions/3")).ProblemAsync(404);
        var listed = await (await anonymous.GetAsync("/api/v1/public/programmes?q=ampliado")).ReadAsync<CatalogueViews.CardPage>();
        Assert.Equal(2, Assert.Single(listed.Items, i => i.Id == id).Number);
    }

    [Fact]
    public async Task A_draft_of_a_new_version_is_not_public_even_by_its_number()
    {
        var focal = await app.FocalPointAsync();
        var secretariat = await app.SecretariatAsync();
        var id = await focal.PublishedProgrammeAsync(secretariat);
        var before = await focal.GetProgrammeAsync(id);
        await (await focal.Client.PutJsonAsync($"/api/v1/programmes/{id}", CatalogueDriver.Programme("Borrador interno").With("version", before.Version))).ReadAsync<ManageProgrammes.ProgrammeView>();

        await (await app.Anonymous().GetAsync($"/api/v1/public/programmes/{id}/versions/2")).ProblemAsync(404);
        var search = await (await app.Anonymous().GetAsync("/api/v1/public/programmes?q=borrador interno")).ReadAsync<CatalogueViews.CardPage>();
        Assert.DoesNotContain(id, search.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Two_people_editing_the_same_entry_do_not_silently_overwrite_each_other()
    {
        var focal = await app.FocalPointAsync();
        var secretariat = await app.SecretariatAsync();
        var created = await focal.CreateProgrammeAsync();
        await focal.StepAsync("programmes", created.Id, "submit");
        var read = await secretariat.GetProgrammeAsync(created.Id);

        var first = await secretariat.Client.PutJsonAsync($"/api/v1/programmes/{created.Id}", CatalogueDriver.Programme("Corregido por la Secretaría").With("version", read.Version));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await focal.Client.PutJsonAsync($"/api/v1/programmes/{created.Id}", CatalogueDriver.Programme("Corregido por el punto focal").With("version", read.Version));
        Assert.Equal("Concurrency", (string)(await second.ProblemAsync(409))["code"]!);
        var stale = await secretariat.Client.PostJsonAsync($"/api/v1/programmes/{created.Id}/publish", new { version = read.Version });
        await stale.ProblemAsync(409);

        Assert.Equal("Corregido por la Secretaría", (await focal.GetProgrammeAsync(created.Id)).Working.Entry.Title);
        Assert.Equal(EntryStatus.Submitted, (await focal.GetProgrammeAsync(created.Id)).Working.Entry.Status);
    }

    [Fact]
    public async Task Submitting_twice_is_refused_with_a_clear_message()
    {
        var focal = await app.FocalPointAsync();
        var created = await focal.CreatePracticeAsync();
        await focal.StepAsync("practices", created.Id, "submit");
        var again = await focal.Client.PostJsonAsync($"/api/v1/practices/{created.Id}/submit", new { version = (await focal.GetPracticeAsync(created.Id)).Version });
        var problem = await again.ProblemAsync(409);
        Assert.Equal("Entry.AlreadySubmitted", (string)problem["code"]!);
        Assert.Contains("ya fue enviada", (string)problem["detail"]!);
    }

    [Fact]
    public async Task An_entry_in_english_shows_its_spanish_title_to_spanish_readers_when_it_has_one()
    {
        var focal = await app.FocalPointAsync("US");
        var secretariat = await app.SecretariatAsync();
        var id = await focal.PublishedPracticeAsync(secretariat, CatalogueDriver.Practice("Reintegration on wheels").With("language", "en").With("country", "US")
            .With("translatedTitle", "Reintegración sobre ruedas").With("translatedSummary", null));
        var page = await (await app.Anonymous().GetAsync($"/api/v1/public/practices/{id}")).ReadAsync<PublicCatalogue.PracticePage>();
        Assert.Equal("Reintegración sobre ruedas", page.Shown.Entry.TitleIn("es"));
        Assert.Equal("es", page.Shown.Entry.LanguageOf("es"));
        Assert.Equal("Reintegration on wheels", page.Shown.Entry.TitleIn("en"));
        Assert.Equal(page.Shown.Entry.Summary, page.Shown.Entry.SummaryIn("es"));
    }
}
