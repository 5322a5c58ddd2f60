using Microsoft.EntityFrameworkCore;
using Reintegra.JobMatching;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Employment;

namespace Reintegra.Tests.Employment;

/// <summary>
/// Skills profiles, vacancies, matching both ways and putting people forward, through the API on a real database:
/// consent gates every step, employers see no one until the person agrees to be put forward, bad input changes nothing.
/// </summary>
public class EmploymentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_profile_starts_from_the_assessment_is_saved_and_every_read_and_change_is_audited()
    {
        var office = await app.OfficeAsync();
        var (returnee, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentToEmployersAsync(c.CaseId);
        await office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Assessment);
        await office.CaseWorker.AssessAsync(c.CaseId);

        var draft = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/skills-profile")).ReadAsync<SaveProfile.ProfileView>();
        Assert.False(draft.Saved);
        Assert.Equal(("7112", OccupationPeriod.Abroad, 6), (draft.Occupations[0].IscoCode, draft.Occupations[0].Period!.Value, draft.Occupations[0].Years!.Value));

        await office.CaseWorker.SaveProfileAsync(c.CaseId);
        var saved = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/skills-profile")).ReadAsync<SaveProfile.ProfileView>();
        Assert.True(saved.Saved);
        Assert.True(saved.Proposable);
        Assert.Equal(["Albañilería", "Lectura de planos"], saved.Skills);
        Assert.Contains(saved.Languages, l => l.Code == "eng" && l.Level == LanguageLevel.Intermediate);

        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == returnee.PersonId && a.EntityType == nameof(SkillsProfile))
            .Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.Created, trail);
        Assert.Contains(AuditActions.Viewed, trail);
    }

    [Fact]
    public async Task Bad_profile_input_gets_localised_field_errors_and_saves_nothing()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await office.ReturneeWithCaseAsync();
        var english = await app.ClientForAsync(office.CaseWorkerUser, "en");
        var response = await english.PutJsonAsync($"/api/v1/cases/{c.CaseId}/skills-profile", new
        {
            occupations = new[] { new { iscoCode = "71X2", period = "Abroad", years = 80 } },
            skills = new[] { "" },
            languages = new[] { new { code = "xx", level = "Fluent" } },
            adm1PCode = "GT13",
            adm2PCode = "GT0101",
            mobility = "WithinCountry",
            availableFrom = "2026-11-19",
        });
        var problem = await response.ProblemAsync(400);
        Assert.Equal("Unknown ISCO-08 unit group code.", Assert.Single(problem.FieldErrors("occupations[0].iscoCode")));
        Assert.NotEmpty(problem.FieldErrors("occupations[0].years"));
        Assert.NotEmpty(problem.FieldErrors("skills[0]"));
        Assert.NotEmpty(problem.FieldErrors("languages[0].code"));
        Assert.Single(problem.FieldErrors("adm2PCode"));

        var spanish = await office.CaseWorker.PutJsonAsync($"/api/v1/cases/{c.CaseId}/skills-profile", new { occupations = new[] { new { iscoCode = "71X2", period = "Abroad" } } });
        Assert.Equal("Código CIUO-08 (ISCO-08) de grupo primario desconocido.", Assert.Single((await spanish.ProblemAsync(400)).FieldErrors("occupations[0].iscoCode")));
        Assert.False(await app.WithDbAsync(db => db.Set<SkillsProfile>().AnyAsync(p => p.CaseId == c.CaseId)));
    }

    [Fact]
    public async Task Two_people_saving_the_same_profile_version_do_not_overwrite_each_other()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.SaveProfileAsync(c.CaseId);
        var read = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/skills-profile")).ReadAsync<SaveProfile.ProfileView>();
        (await office.CaseWorker.PutJsonAsync($"/api/v1/cases/{c.CaseId}/skills-profile", EmploymentDriver.Profile(years: 7, version: read.Version))).EnsureSuccessStatusCode();
        var stale = await office.Supervisor.PutJsonAsync($"/api/v1/cases/{c.CaseId}/skills-profile", EmploymentDriver.Profile(years: 1, version: read.Version));
        await stale.ProblemAsync(409);
        var now = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/skills-profile")).ReadAsync<SaveProfile.ProfileView>();
        Assert.Equal(7, now.Occupations[0].Years);
    }

    [Fact]
    public async Task An_employer_publishes_vacancies_bad_ones_are_refused_and_it_sees_only_its_own()
    {
        var employer = await app.EmployerAsync();
        var other = await app.EmployerAsync();
        var before = await app.WithDbAsync(db => db.Set<Vacancy>().CountAsync());
        var bad = await employer.Client.PostJsonAsync("/api/v1/employer/vacancies", new
        {
            title = "",
            iscoCode = "9999",
            adm1PCode = "GT99",
            places = 0,
            wageMin = 5000m,
            wageMax = 3000m,
            startOn = "2026-12-01",
            closingOn = "2026-11-01",
        });
        var problem = await bad.ProblemAsync(400);
        foreach (var field in new[] { "title", "iscoCode", "adm1PCode", "places", "wageMax", "closingOn" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Vacancy>().CountAsync()));

        var id = await employer.PublishAsync();
        var mine = await (await employer.Client.GetAsync("/api/v1/employer/vacancies")).ReadAsync<List<ManageVacancies.Summary>>();
        Assert.Contains(mine, v => v.Id == id && v.IsOpen && v.Places == 2);
        var theirs = await (await other.Client.GetAsync("/api/v1/employer/vacancies")).ReadAsync<List<ManageVacancies.Summary>>();
        Assert.DoesNotContain(theirs, v => v.Id == id);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/v1/employer/vacancies/{id}")).StatusCode);

        var details = await (await employer.Client.GetAsync($"/api/v1/employer/vacancies/{id}")).ReadAsync<ManageVacancies.Details>();
        (await employer.Client.PostJsonAsync($"/api/v1/employer/vacancies/{id}/close", new { version = details.Version })).EnsureSuccessStatusCode();
        var office = await app.OfficeAsync();
        var open = await (await office.CaseWorker.GetAsync("/api/v1/vacancies")).ReadAsync<List<ManageVacancies.Summary>>();
        Assert.DoesNotContain(open, v => v.Id == id);
    }

    [Fact]
    public async Task Only_people_who_agreed_to_be_proposed_are_matched_and_a_withdrawal_takes_effect_at_once()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var (_, agreed) = await office.CandidateAsync(EmploymentDriver.Profile("7411", adm2: "GT1305"));
        var (_, notAsked) = await office.CandidateAsync(EmploymentDriver.Profile("7411", adm2: "GT1305"), employerProposal: false);
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("7411", adm2: "GT1305"));

        var forWorker = await (await office.CaseWorker.GetAsync($"/api/v1/vacancies/{vacancy}/candidates")).ReadAsync<List<MatchJobs.CandidateMatch>>();
        Assert.Contains(forWorker, m => m.CaseId == agreed);
        Assert.DoesNotContain(forWorker, m => m.CaseId == notAsked);
        var top = forWorker.Single(m => m.CaseId == agreed);
        Assert.Equal(top.Score, top.Why.Sum(w => w.Points));
        Assert.Contains(top.Why, w => w.Reason == Reason.SameUnitGroup && w.Text == "Misma ocupación (grupo primario CIUO-08)");
        var forPerson = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{agreed}/vacancy-matches")).ReadAsync<MatchJobs.CaseMatches>();
        Assert.Contains(forPerson.Vacancies, m => m.Vacancy.Id == vacancy);
        var none = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{notAsked}/vacancy-matches")).ReadAsync<MatchJobs.CaseMatches>();
        Assert.False(none.EmployerConsent);
        Assert.Empty(none.Vacancies);

        int SameUnit(IEnumerable<MatchJobs.CandidateMatch> list) => list.Count(m => m.Why.Any(w => w.Reason == Reason.SameUnitGroup) && m.Why.Any(w => w.Reason == Reason.SameMunicipality));
        var anonymousBefore = SameUnit(await (await employer.Client.GetAsync($"/api/v1/employer/vacancies/{vacancy}/candidates")).ReadAsync<List<MatchJobs.CandidateMatch>>());
        var c = await office.CaseWorker.GetCaseAsync(agreed);
        (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{agreed}/consents/withdraw", new { reason = "Ya no desea ser propuesta", version = c.Version })).EnsureSuccessStatusCode();
        var anonymousAfter = SameUnit(await (await employer.Client.GetAsync($"/api/v1/employer/vacancies/{vacancy}/candidates")).ReadAsync<List<MatchJobs.CandidateMatch>>());
        Assert.Equal(anonymousBefore - 1, anonymousAfter);
        forWorker = await (await office.CaseWorker.GetAsync($"/api/v1/vacancies/{vacancy}/candidates")).ReadAsync<List<MatchJobs.CandidateMatch>>();
        Assert.DoesNotContain(forWorker, m => m.CaseId == agreed);
    }

    [Fact]
    public async Task Employers_see_anonymous_summaries_until_the_person_is_put_forward_and_only_while_consent_stands()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var (returnee, caseId) = await office.CandidateAsync(EmploymentDriver.Profile("7126", adm2: "GT1306"));
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("7126", adm2: "GT1306"));

        var anonymous = await employer.Client.GetAsync($"/api/v1/employer/vacancies/{vacancy}/candidates");
        var body = await anonymous.Content.ReadAsStringAsync();
        var candidates = await anonymous.ReadAsync<List<MatchJobs.CandidateMatch>>();
        Assert.Contains(candidates, m => m.Why.Any(w => w.Reason == Reason.SameUnitGroup));
        Assert.All(candidates, m => Assert.Null(m.Name));
        Assert.All(candidates, m => Assert.Null(m.CaseId));
        var name = (await office.CaseWorker.GetCaseAsync(caseId)).Person.Name;
        Assert.DoesNotContain(name, body);
        Assert.DoesNotContain(caseId.ToString(), body);
        Assert.Empty(await employer.PutForwardToMeAsync(vacancy));

        (await office.CaseWorker.PutForwardAsync(caseId, vacancy)).EnsureSuccessStatusCode();
        var put = Assert.Single(await employer.PutForwardToMeAsync(vacancy));
        Assert.Equal(name, put.Name);
        Assert.True(put.ConsentStands);
        Assert.Equal(PlacementStatus.PutForward, put.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == returnee.PersonId && a.EntityType == nameof(Placement)
            && a.Action == AuditActions.Viewed && a.InstitutionId == employer.Institution.Id)));

        var c = await office.CaseWorker.GetCaseAsync(caseId);
        (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/consents/withdraw", new { reason = "Retira su consentimiento", version = c.Version })).EnsureSuccessStatusCode();
        put = Assert.Single(await employer.PutForwardToMeAsync(vacancy));
        Assert.False(put.ConsentStands);
        Assert.Null(put.Name);
        Assert.Null(put.Phone);
    }

    [Fact]
    public async Task Putting_forward_needs_the_persons_agreement_their_consent_an_adult_and_happens_once()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("7115"));
        var (_, caseId) = await office.CandidateAsync(EmploymentDriver.Profile("7115"));

        var notAgreed = await office.CaseWorker.PutForwardAsync(caseId, vacancy, agreed: false);
        Assert.NotEmpty((await notAgreed.ProblemAsync(400)).FieldErrors("personAgreed"));
        var unknown = await office.CaseWorker.PutForwardAsync(caseId, Guid.NewGuid());
        Assert.NotEmpty((await unknown.ProblemAsync(400)).FieldErrors("vacancyId"));

        (await office.CaseWorker.PutForwardAsync(caseId, vacancy)).EnsureSuccessStatusCode();
        Assert.Equal("Employment.AlreadyPutForward", (string?)(await (await office.CaseWorker.PutForwardAsync(caseId, vacancy)).ProblemAsync(409))["code"]);

        var (_, noConsent) = await office.CandidateAsync(EmploymentDriver.Profile("7115"), employerProposal: false);
        Assert.Equal("Employment.NoEmployerConsent", (string?)(await (await office.CaseWorker.PutForwardAsync(noConsent, vacancy)).ProblemAsync(409))["code"]);

        var child = ReceptionDriver.Adult("Brayan Alexander", "Pop", "Tzul", "2010-02-20").With("childStatus", "Unaccompanied").With("documents", Array.Empty<object>());
        var (_, childCase) = await office.CandidateAsync(EmploymentDriver.Profile("7115"), registration: child);
        Assert.Equal("Employment.ChildNotProposed", (string?)(await (await office.CaseWorker.PutForwardAsync(childCase, vacancy)).ProblemAsync(409))["code"]);
        var forWorker = await (await office.CaseWorker.GetAsync($"/api/v1/vacancies/{vacancy}/candidates")).ReadAsync<List<MatchJobs.CandidateMatch>>();
        Assert.DoesNotContain(forWorker, m => m.CaseId == childCase);

        var count = await app.WithDbAsync(db => db.Set<Placement>().CountAsync(p => p.VacancyId == vacancy));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task The_employer_records_the_hire_and_the_placement_shows_on_the_case_and_in_the_outcomes()
    {
        var office = await app.OfficeAsync();
        var employer = await app.EmployerAsync();
        var vacancy = await employer.PublishAsync(EmploymentDriver.Vacancy("7212", places: 1));
        var (_, hiredCase) = await office.CandidateAsync(EmploymentDriver.Profile("7212"));
        var (_, secondCase) = await office.CandidateAsync(EmploymentDriver.Profile("7212"));
        var before = await (await office.CaseWorker.GetAsync("/api/v1/placements/outcomes")).ReadAsync<Placements.Outcomes>();
        (await office.CaseWorker.PutForwardAsync(hiredCase, vacancy)).EnsureSuccessStatusCode();
        (await office.CaseWorker.PutForwardAsync(secondCase, vacancy)).EnsureSuccessStatusCode();

        var put = await employer.PutForwardToMeAsync(vacancy);
        var hiredName = (await office.CaseWorker.GetCaseAsync(hiredCase)).Person.Name;
        var first = put.Single(p => p.Name == hiredName);
        var early = await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{first.Id}/retention", new { months = 3, stillEmployed = true, version = first.Version });
        Assert.Equal("Employment.NotHired", (string?)(await early.ProblemAsync(409))["code"]);
        (await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{first.Id}/hire", new { startedOn = "2026-11-19", version = first.Version })).EnsureSuccessStatusCode();
        var again = await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{first.Id}/hire", new { startedOn = "2026-11-19", version = first.Version + 1 });
        Assert.Equal("Employment.AlreadyDecided", (string?)(await again.ProblemAsync(409))["code"]);

        // The only place is filled: the other person cannot be hired for it.
        var second = put.Single(p => p.Id != first.Id);
        var full = await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{second.Id}/hire", new { startedOn = "2026-11-19", version = second.Version });
        Assert.Equal("Employment.VacancyFull", (string?)(await full.ProblemAsync(409))["code"]);
        (await employer.Client.PostJsonAsync($"/api/v1/employer/placements/{second.Id}/not-hired", new { note = "Plaza cubierta", version = second.Version })).EnsureSuccessStatusCode();

        var onCase = await (await office.CaseWorker.GetAsync($"/api/v1/cases/{hiredCase}/placements")).ReadAsync<List<Placements.CaseView>>();
        var placement = Assert.Single(onCase);
        Assert.Equal((PlacementStatus.Hired, new DateOnly(2026, 11, 19)), (placement.Status, placement.StartedOn!.Value));
        Assert.Equal(employer.Institution.Name, placement.Employer);
        var tooEarly = await office.CaseWorker.PostJsonAsync($"/api/v1/placements/{placement.Id}/retention", new { months = 3, stillEmployed = true, version = placement.Version });
        Assert.Equal("Employment.RetentionTooEarly", (string?)(await tooEarly.ProblemAsync(409))["code"]);

        var after = await (await office.CaseWorker.GetAsync("/api/v1/placements/outcomes")).ReadAsync<Placements.Outcomes>();
        Assert.Equal(before.Hired + 1, after.Hired);
        Assert.Equal(before.NotHired + 1, after.NotHired);
        var details = await (await employer.Client.GetAsync($"/api/v1/employer/vacancies/{vacancy}")).ReadAsync<ManageVacancies.Details>();
        Assert.Equal(1, details.Hired);
        Assert.False(details.IsOpen);
    }
}
