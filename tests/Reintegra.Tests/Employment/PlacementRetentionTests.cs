using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Features.Employment;

namespace Reintegra.Tests.Employment;

/// <summary>
/// Whether a hired person is still employed 3 and 6 months after starting: asked only once the time has passed, and
/// counted in the case worker's outcomes. This class moves its own clock forward by months.
/// </summary>
public class PlacementRetentionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Still_employed_at_3_and_6_months_is_recorded_when_due_and_counted_in_the_outcomes()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("8332"));
        var (_, caseId) = await office.CandidateAsync(EmploymentDriver.Profile("8332"));
        (await office.CaseWorker.PutForwardAsync(caseId, vacancy)).EnsureSuccessStatusCode();
        var put = Assert.Single(await employer.PutForwardToMeAsync(vacancy));
        var started = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        (await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{put.Id}/hire", new { startedOn = started, version = put.Version })).EnsureSuccessStatusCode();

        app.Clock.Advance(TimeSpan.FromDays(95));
        office = await app.SignInAgainAsync(office);
        var outcomes = await (await office.CaseWorker.GetAsync("/api/v1/placements/outcomes")).ReadAsync<Placements.Outcomes>();
        Assert.Equal((1, 1), (outcomes.Hired, outcomes.ChecksDue));
        var placement = Assert.Single(await (await office.CaseWorker.GetAsync($"/api/v1/cases/{caseId}/placements")).ReadAsync<List<Placements.CaseView>>());
        Assert.True(placement.Check3Due);
        var sixTooEarly = await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 6, stillEmployed = true, version = placement.Version });
        Assert.Equal("Employment.RetentionTooEarly", (string?)(await sixTooEarly.ProblemAsync(409))["code"]);
        var badMonths = await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 4, stillEmployed = true, version = placement.Version });
        Assert.NotEmpty((await badMonths.ProblemAsync(400)).FieldErrors("months"));
        (await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 3, stillEmployed = true, version = placement.Version })).EnsureSuccessStatusCode();
        var stale = await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 3, stillEmployed = false, version = placement.Version });
        await stale.ProblemAsync(409);

        app.Clock.Advance(TimeSpan.FromDays(95));
        office = await app.SignInAgainAsync(office);
        placement = Assert.Single(await (await office.CaseWorker.GetAsync($"/api/v1/cases/{caseId}/placements")).ReadAsync<List<Placements.CaseView>>());
        Assert.Equal((false, true), (placement.Check3Due, placement.Check6Due));
        (await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 6, stillEmployed = false, version = placement.Version })).EnsureSuccessStatusCode();
        outcomes = await (await office.CaseWorker.GetAsync("/api/v1/placements/outcomes")).ReadAsync<Placements.Outcomes>();
        Assert.Equal((1, 1, 0, 1, 0), (outcomes.Hired, outcomes.EmployedAt3Months, outcomes.LeftBy3Months, outcomes.LeftBy6Months, outcomes.ChecksDue));
    }
}
