using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Employment;

/// <summary>
/// Every employment endpoint is scoped: another institution's case, profile or placement is not found; another
/// employer's vacancy and the people put forward to it are not found; employers never reach case endpoints, case
/// workers never reach employer endpoints, analysts reach none.
/// </summary>
public class EmploymentScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Seeded(CaseDriver.Office Office, EmploymentDriver.Employer Employer, Guid CaseId, Guid VacancyId, Guid PlacementId);

    private async Task<Seeded> SeedAsync()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var (_, caseId) = await office.CandidateAsync();
        var vacancy = await employer.PublishAsync();
        var placement = await (await office.CaseWorker.PutForwardAsync(caseId, vacancy)).ReadAsync<Guid>();
        return new Seeded(office, employer, caseId, vacancy, placement);
    }

    public static TheoryData<string, string> CaseWorkerEndpoints => new()
    {
        { "GET", "/api/v1/cases/{case}/skills-profile" },
        { "PUT", "/api/v1/cases/{case}/skills-profile" },
        { "GET", "/api/v1/cases/{case}/vacancy-matches" },
        { "GET", "/api/v1/cases/{case}/placements" },
        { "POST", "/api/v1/cases/{case}/placements" },
        { "POST", "/api/v1/placements/{placement}/retention" },
    };

    public static TheoryData<string, string> EmployerEndpoints => new()
    {
        { "GET", "/api/v1/employer/vacancies/{vacancy}" },
        { "POST", "/api/v1/employer/vacancies/{vacancy}/close" },
        { "GET", "/api/v1/employer/vacancies/{vacancy}/candidates" },
        { "POST", "/api/v1/employer/placements/{placement}/hire" },
        { "POST", "/api/v1/employer/placements/{placement}/not-hired" },
        { "POST", "/api/v1/employer/placements/{placement}/retention" },
    };

    [Theory]
    [MemberData(nameof(CaseWorkerEndpoints))]
    public async Task Another_institutions_cases_profiles_and_placements_are_not_found(string method, string template)
    {
        var s = await SeedAsync();
        var stranger = await app.OfficeAsync();
        var response = await SendAsync(stranger.Supervisor, method, template, s);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await NothingChangedAsync(s);
    }

    [Theory]
    [MemberData(nameof(EmployerEndpoints))]
    public async Task Another_employers_vacancies_and_the_people_put_forward_to_it_are_not_found(string method, string template)
    {
        var s = await SeedAsync();
        var stranger = await app.EmployerAsync();
        var response = await SendAsync(stranger.Client, method, template, s);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await NothingChangedAsync(s);
    }

    [Fact]
    public async Task Another_employers_lists_do_not_show_its_vacancies_or_people()
    {
        var s = await SeedAsync();
        var stranger = await app.EmployerAsync();
        var vacancies = await (await stranger.Client.GetAsync("/api/v1/employer/vacancies")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(s.VacancyId.ToString(), vacancies);
        var placements = await (await stranger.Client.GetAsync("/api/v1/employer/placements")).Content.ReadAsStringAsync();
        Assert.Equal("[]", placements);
        var filtered = await (await stranger.Client.GetAsync($"/api/v1/employer/placements?vacancyId={s.VacancyId}")).Content.ReadAsStringAsync();
        Assert.Equal("[]", filtered);
    }

    [Theory]
    [MemberData(nameof(CaseWorkerEndpoints))]
    [InlineData("GET", "/api/v1/vacancies")]
    [InlineData("GET", "/api/v1/vacancies/{vacancy}/candidates")]
    [InlineData("GET", "/api/v1/placements/outcomes")]
    public async Task Employers_and_analysts_never_reach_case_worker_endpoints(string method, string template)
    {
        var s = await SeedAsync();
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(s.Employer.Client, method, template, s)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(analyst, method, template, s)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(EmployerEndpoints))]
    [InlineData("GET", "/api/v1/employer/vacancies")]
    [InlineData("POST", "/api/v1/employer/vacancies")]
    [InlineData("GET", "/api/v1/employer/placements")]
    public async Task Case_workers_and_analysts_never_reach_employer_endpoints(string method, string template)
    {
        var s = await SeedAsync();
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(s.Office.CaseWorker, method, template, s)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(analyst, method, template, s)).StatusCode);
        await NothingChangedAsync(s);
    }

    private async Task NothingChangedAsync(Seeded s)
    {
        var (placement, vacancy) = await app.WithDbAsync(async db => (
            await db.Set<Placement>().AsNoTracking().SingleAsync(p => p.Id == s.PlacementId),
            await db.Set<Vacancy>().AsNoTracking().SingleAsync(v => v.Id == s.VacancyId)));
        Assert.Equal(PlacementStatus.PutForward, placement.Status);
        Assert.Equal((VacancyStatus.Open, 0), (vacancy.Status, vacancy.Hired));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<SkillsProfile>().CountAsync(p => p.CaseId == s.CaseId && p.Version == 0)));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string template, Seeded s)
    {
        var url = template.Replace("{case}", s.CaseId.ToString()).Replace("{vacancy}", s.VacancyId.ToString()).Replace("{placement}", s.PlacementId.ToString());
        var body = new Dictionary<string, object?>
        {
            ["version"] = 1,
            ["vacancyId"] = s.VacancyId,
            ["personAgreed"] = true,
            ["agreedOn"] = "2026-11-19",
            ["startedOn"] = "2026-11-19",
            ["months"] = 3,
            ["stillEmployed"] = true,
        };
        return method switch
        {
            "GET" => client.GetAsync(url),
            "PUT" => client.PutJsonAsync(url, EmploymentDriver.Profile(version: 1)),
            _ => client.PostJsonAsync(url, body),
        };
    }
}
