using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Programmes;

namespace Reintegra.Tests.Programmes;

/// <summary>Recommendations by level and dimension, progress over time, budget commitments and their execution.</summary>
public class RoadmapTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_published_recommendation_gets_progress_from_a_responsible_country_and_shows_it_publicly()
    {
        var secretariat = await app.SecretariatAsync();
        var guatemala = await app.FocalPointAsync("GT");
        var mexico = await app.FocalPointAsync("MX");
        var draft = await (await secretariat.Client.PostJsonAsync("/api/v1/roadmap/recommendations", CatalogueDriver.Recommendation("Community", "GT", "HN"))).ReadAsync<ManageRoadmap.RecommendationView>();

        // Not public, and no progress on it, until it is published.
        await (await app.Anonymous().GetAsync($"/api/v1/public/roadmap/{draft.Id}")).ProblemAsync(404);
        await (await guatemala.Client.GetAsync($"/api/v1/roadmap/recommendations/{draft.Id}")).ProblemAsync(404);
        var early = await secretariat.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{draft.Id}/progress", Progress("InProgress"));
        Assert.Equal("Roadmap.NotPublished", (string)(await early.ProblemAsync(409))["code"]!);

        var published = await (await secretariat.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{draft.Id}/publish", new { version = draft.Version })).Content.ReadAsStringAsync();
        Assert.Empty(published);
        var seen = await (await guatemala.Client.GetAsync($"/api/v1/roadmap/recommendations/{draft.Id}")).ReadAsync<ManageRoadmap.RecommendationView>();
        Assert.True(seen.CanReport);
        Assert.False(seen.CanEdit);

        var notMine = await mexico.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{draft.Id}/progress", Progress("Completed"));
        Assert.Equal("Roadmap.NotResponsible", (string)(await notMine.ProblemAsync(409))["code"]!);
        var reported = await (await guatemala.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{draft.Id}/progress", Progress("InProgress"))).ReadAsync<ManageRoadmap.ProgressView>();
        Assert.Equal(guatemala.Institution.Name, reported.InstitutionName);

        var item = await (await app.Anonymous().GetAsync($"/api/v1/public/roadmap/{draft.Id}")).ReadAsync<PublicCatalogue.RecommendationItem>();
        Assert.Equal(RecommendationStatus.InProgress, item.Status);
        Assert.Equal("Tres municipios con proyectos aprobados.", Assert.Single(item.Progress).Text);
        var roadmap = await (await app.Anonymous().GetAsync("/api/v1/public/roadmap?level=Community&dimension=Economic&country=GT")).ReadAsync<PublicCatalogue.Roadmap>();
        Assert.Contains(draft.Id, roadmap.Recommendations.Select(r => r.Id));
        var structural = await (await app.Anonymous().GetAsync("/api/v1/public/roadmap?level=Structural")).ReadAsync<PublicCatalogue.Roadmap>();
        Assert.DoesNotContain(draft.Id, structural.Recommendations.Select(r => r.Id));
        var forMexico = await (await app.Anonymous().GetAsync("/api/v1/public/roadmap?country=MX")).ReadAsync<PublicCatalogue.Roadmap>();
        Assert.DoesNotContain(draft.Id, forMexico.Recommendations.Select(r => r.Id));
    }

    [Fact]
    public async Task A_recommendation_belongs_to_one_working_group_level()
    {
        var secretariat = await app.SecretariatAsync();
        var body = CatalogueDriver.Recommendation().With("levels", new[] { "Community", "Structural" });
        var response = await secretariat.Client.PostJsonAsync("/api/v1/roadmap/recommendations", body);
        Assert.NotEmpty((await response.ProblemAsync(400)).FieldErrors("levels"));
    }

    [Fact]
    public async Task Editing_a_published_recommendation_keeps_the_published_text_until_the_new_one_is_published()
    {
        var secretariat = await app.SecretariatAsync();
        var published = await secretariat.PublishedRecommendationAsync();
        var edited = await (await secretariat.Client.PutJsonAsync($"/api/v1/roadmap/recommendations/{published.Id}",
            CatalogueDriver.Recommendation().With("title", "Fondos municipales para proyectos productivos").With("version", published.Version))).ReadAsync<ManageRoadmap.RecommendationView>();
        Assert.Equal(2, edited.Working.Entry.Number);
        var still = await (await app.Anonymous().GetAsync($"/api/v1/public/roadmap/{published.Id}")).ReadAsync<PublicCatalogue.RecommendationItem>();
        Assert.Equal("Proyectos de inversión productiva en las comunidades de origen", still.Shown.Entry.Title);

        await (await secretariat.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{published.Id}/publish", new { version = edited.Version })).Content.ReadAsStringAsync();
        var now = await (await app.Anonymous().GetAsync($"/api/v1/public/roadmap/{published.Id}")).ReadAsync<PublicCatalogue.RecommendationItem>();
        Assert.Equal("Fondos municipales para proyectos productivos", now.Shown.Entry.Title);
        var first = await (await app.Anonymous().GetAsync($"/api/v1/public/roadmap/{published.Id}/versions/1")).ReadAsync<PublicCatalogue.RecommendationItem>();
        Assert.Equal("Proyectos de inversión productiva en las comunidades de origen", first.Shown.Entry.Title);
    }

    [Fact]
    public async Task Budget_execution_is_reported_by_the_committing_country_and_cannot_pass_the_commitment()
    {
        var secretariat = await app.SecretariatAsync();
        var recommendation = await secretariat.PublishedRecommendationAsync();
        var honduras = await app.FocalPointAsync("HN");
        var salvador = await app.FocalPointAsync("SV");
        var commitment = await (await secretariat.Client.PostJsonAsync("/api/v1/roadmap/commitments", new
        {
            country = "HN",
            institution = "Secretaría de Relaciones Exteriores y Cooperación Internacional",
            purpose = "Fortalecer las UMAR en cinco municipios",
            recommendationId = recommendation.Id,
            amount = 500000m,
            currency = "HNL",
            fromYear = 2026,
            toYear = 2027,
        })).ReadAsync<ManageRoadmap.CommitmentView>();
        Assert.Equal(recommendation.Working.Entry.Title, commitment.RecommendationTitle);

        var wrongCountry = await salvador.Client.PostJsonAsync($"/api/v1/roadmap/commitments/{commitment.Id}/executions", Execution(1000m, commitment.Version));
        await wrongCountry.ProblemAsync(409);
        var first = await (await honduras.Client.PostJsonAsync($"/api/v1/roadmap/commitments/{commitment.Id}/executions", Execution(200000m, commitment.Version))).ReadAsync<ManageRoadmap.CommitmentView>();
        Assert.Equal(200000m, first.Executed);
        var stale = await honduras.Client.PostJsonAsync($"/api/v1/roadmap/commitments/{commitment.Id}/executions", Execution(1m, commitment.Version));
        Assert.Equal("Concurrency", (string)(await stale.ProblemAsync(409))["code"]!);
        var tooMuch = await honduras.Client.PostJsonAsync($"/api/v1/roadmap/commitments/{commitment.Id}/executions", Execution(300000.01m, first.Version));
        Assert.Equal("Budget.ExceedsCommitment", (string)(await tooMuch.ProblemAsync(409))["code"]!);
        var lower = await secretariat.Client.PutJsonAsync($"/api/v1/roadmap/commitments/{commitment.Id}", new
        {
            country = "HN",
            institution = "SRECI",
            purpose = "UMAR",
            amount = 100000m,
            currency = "HNL",
            fromYear = 2026,
            toYear = 2027,
            version = first.Version,
        });
        Assert.Equal("Budget.BelowExecuted", (string)(await lower.ProblemAsync(409))["code"]!);

        var roadmap = await (await app.Anonymous().GetAsync("/api/v1/public/roadmap?country=HN")).ReadAsync<PublicCatalogue.Roadmap>();
        var shown = Assert.Single(roadmap.Commitments, c => c.Id == commitment.Id);
        Assert.Equal((500000m, 200000m, "HNL"), (shown.Amount, shown.Executed, shown.Currency));
    }

    [Fact]
    public async Task Bad_commitments_are_refused_with_every_field_named()
    {
        var secretariat = await app.SecretariatAsync();
        var response = await secretariat.Client.PostJsonAsync("/api/v1/roadmap/commitments", new
        {
            country = "ZZ",
            institution = "",
            purpose = "Contacto: enlace@cancilleria.gob.hn",
            amount = -5m,
            currency = "XYZ",
            fromYear = 2030,
            toYear = 2026,
            recommendationId = Guid.NewGuid(),
        });
        var problem = await response.ProblemAsync(400);
        foreach (var field in new[] { "country", "institution", "purpose", "amount", "currency", "toYear", "recommendationId" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        Assert.Contains("correos", problem.FieldErrors("purpose")[0]);
    }

    private static object Progress(string status) => new { reportedOn = "2026-11-15", status, text = "Tres municipios con proyectos aprobados." };

    private static object Execution(decimal amount, int version) => new { reportedOn = "2026-11-01", amount, note = "Primer desembolso", version };
}
