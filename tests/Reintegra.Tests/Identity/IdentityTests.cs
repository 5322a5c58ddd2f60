using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Matching;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Identity;
using Reintegra.Web.Features.People;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.Identity;

public class IdentityTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<List<FindCandidates.Candidate>> CandidatesAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/v1/reception/candidates?" + query)).ReadAsync<List<FindCandidates.Candidate>>();

    [Fact]
    public async Task The_engine_recognises_spanish_name_variants_as_soon_as_a_person_is_registered()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var maria = await client.RegisterAsync(ReceptionDriver.Adult("María José", "Hernández", "Caal", "1991-08-21").With("sex", "Female"));

        var abbreviated = await CandidatesAsync(client, "givenNames=Ma.%20Jose&firstSurname=Hernandez&secondSurname=Caal&birthDate=1991-08-21&sex=Female");
        var top = abbreviated.First();
        Assert.Equal(maria.PersonId, top.PersonId);
        Assert.Equal(MatchBand.SamePerson, top.Band);
        Assert.True(top.Probability > 0.9);

        var swapped = await CandidatesAsync(client, "givenNames=Maria%20Jose&firstSurname=Caal&secondSurname=Hernandez&birthDate=1991-08-21&sex=Female");
        Assert.Equal(maria.PersonId, swapped.First().PersonId);
        Assert.Contains("surnames_swapped", swapped.First().Reasons);

        var someoneElse = await CandidatesAsync(client, "givenNames=Pedro&firstSurname=Hernandez&secondSurname=Caal&birthDate=1960-01-30&sex=Male");
        Assert.DoesNotContain(someoneElse, c => c.PersonId == maria.PersonId && c.Band == MatchBand.SamePerson);
    }

    [Fact]
    public async Task Bad_input_to_the_candidate_lookup_gives_few_or_no_candidates_and_never_an_error()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        foreach (var query in new[] { "", "firstSurname=", "givenNames=" + new string('x', 5000), "firstSurname=%E7%8E%8B%E5%B0%8F%E6%98%8E&birthDate=3000-99-99", "firstSurname=%00%01&estimatedAge=-4", "documentNumber=%27%3B--" })
        {
            var response = await client.GetAsync("/api/v1/reception/candidates?" + query);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_duplicate_found_by_the_batch_run_is_merged_keeping_every_return_and_the_merge_can_be_undone()
    {
        var (institution, _, reception) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var reviewer = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.Supervisor));
        // The same man registered twice, a year apart, with his name spelled differently.
        var first = await reception.RegisterAsync(ReceptionDriver.Adult("Juan Carlos", "Tzoc", "Batz", "1988-06-14"));
        var second = await reception.RegisterAsync(ReceptionDriver.Adult("Juan", "Tzok", "Batz", "1988-06-14").With("documents", new[] { new { type = "Passport", number = "G55512345" } }));
        var unrelated = await reception.RegisterAsync(ReceptionDriver.Adult("Rosa", "Menchú", "Ixcot", "1975-03-03").With("sex", "Female"));

        var pair = await RunAndFindPairAsync(reviewer, first.PersonId, second.PersonId);
        Assert.NotNull(pair);
        var details = await (await reviewer.GetAsync($"/api/v1/identity/duplicates/{pair.Id}")).ReadAsync<ReviewDuplicates.Pair>();
        Assert.Contains(details.Evidence, e => e.Reason == "dob_exact" && e.Weight > 0);
        Assert.DoesNotContain((await ListAsync(reviewer)).Items, r => r.A.Id == unrelated.PersonId || r.B.Id == unrelated.PersonId);

        var stale = await reviewer.PostJsonAsync($"/api/v1/identity/duplicates/{pair.Id}/same-person", new { version = details.Version + 1 });
        await stale.ProblemAsync(409);
        var merge = await (await reviewer.PostJsonAsync($"/api/v1/identity/duplicates/{pair.Id}/same-person", new { version = details.Version })).ReadAsync<IdentityApi.MergeView>();
        Assert.Equal(first.PersonId, merge.KeptPersonId);

        var kept = await (await reception.GetAsync($"/api/v1/persons/{first.PersonId}")).ReadAsync<PersonPage.Details>();
        Assert.Equal(2, kept.Returns.Count);
        Assert.Contains(kept.Person.Documents, d => d.Number == "G55512345");
        Assert.Equal(HttpStatusCode.NotFound, (await reception.GetAsync($"/api/v1/persons/{second.PersonId}")).StatusCode);
        var search = await (await reception.GetAsync("/api/v1/persons?q=tzo")).ReadAsync<SearchPeople.Result>();
        Assert.Equal([first.PersonId], search.Items.Select(i => i.Id));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == MergePeople.MergedAction).Select(a => a.PersonId).ToListAsync());
        Assert.Contains(first.PersonId, audit);
        Assert.Contains(second.PersonId, audit);
        var absorbedGone = await (await reception.GetAsync($"/api/v1/reception/candidates?givenNames=Juan&firstSurname=Tzok&secondSurname=Batz&birthDate=1988-06-14")).ReadAsync<List<FindCandidates.Candidate>>();
        Assert.DoesNotContain(absorbedGone, c => c.PersonId == second.PersonId);

        // Only an administrator can undo it, and undoing restores both records exactly.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"/api/v1/identity/merges/{merge.Id}/undo", null)).StatusCode);
        var admin = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.Administrator));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/identity/merges/{merge.Id}/undo", null)).StatusCode);
        var restoredFirst = await (await reception.GetAsync($"/api/v1/persons/{first.PersonId}")).ReadAsync<PersonPage.Details>();
        var restoredSecond = await (await reception.GetAsync($"/api/v1/persons/{second.PersonId}")).ReadAsync<PersonPage.Details>();
        Assert.Single(restoredFirst.Returns);
        Assert.Single(restoredSecond.Returns);
        Assert.Contains(restoredSecond.Person.Documents, d => d.Number == "G55512345");
        Assert.DoesNotContain(restoredFirst.Person.Documents, d => d.Number == "G55512345");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/identity/merges/{merge.Id}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task Different_people_are_remembered_and_never_proposed_again()
    {
        var (institution, _, reception) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var reviewer = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.Supervisor));
        // Twins: same surnames, same date of birth, same origin, different given names.
        var a = await reception.RegisterAsync(ReceptionDriver.Adult("Kevin Josué", "Sic", "Ajcalón", "2001-09-09"));
        var b = await reception.RegisterAsync(ReceptionDriver.Adult("Kevin Josué", "Sic", "Ajcalon", "2001-09-09").With("documents", Array.Empty<object>()));
        var pair = await RunAndFindPairAsync(reviewer, a.PersonId, b.PersonId);
        Assert.NotNull(pair);
        var details = await (await reviewer.GetAsync($"/api/v1/identity/duplicates/{pair.Id}")).ReadAsync<ReviewDuplicates.Pair>();
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostJsonAsync($"/api/v1/identity/duplicates/{pair.Id}/different-people", new { version = details.Version })).StatusCode);

        Assert.Null(await RunAndFindPairAsync(reviewer, a.PersonId, b.PersonId));
        var candidatesForA = app.Services.GetRequiredService<IdentityIndex>().Engine.Exclusions.Contains(a.PersonId.ToString(), b.PersonId.ToString());
        Assert.True(candidatesForA);
        var decided = await app.WithDbAsync(db => db.DifferentPeopleDecisions.CountAsync(d => d.PersonAId == a.PersonId || d.PersonBId == a.PersonId));
        Assert.Equal(1, decided);
    }

    [Fact]
    public async Task Reviewers_only_see_pairs_involving_people_their_institution_holds_and_reception_officers_none()
    {
        var (institution, _, reception) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var reviewer = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.Supervisor));
        var a = await reception.RegisterAsync(ReceptionDriver.Adult("Edgar Rolando", "Quiñónez", "Velásquez", "1979-12-01"));
        var b = await reception.RegisterAsync(ReceptionDriver.Adult("Edgar", "Quinonez", "Velasquez", "1979-12-01").With("documents", Array.Empty<object>()));
        var pair = await RunAndFindPairAsync(reviewer, a.PersonId, b.PersonId);
        Assert.NotNull(pair);

        var (_, _, strangerReception) = await app.SignedInAsync(Roles.ReceptionOfficer);
        await (await strangerReception.GetAsync("/api/v1/identity/duplicates")).ProblemAsync(403);
        var (_, _, stranger) = await app.SignedInAsync(Roles.Supervisor, Roles.CaseWorker);
        Assert.DoesNotContain((await ListAsync(stranger)).Items, r => r.Id == pair.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/identity/duplicates/{pair.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/identity/duplicates/{pair.Id}/same-person", new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/v1/identity/duplicates/{pair.Id}/different-people", new { version = 0 })).StatusCode);
        var analyst = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.Analyst));
        await (await analyst.GetAsync($"/api/v1/identity/duplicates/{pair.Id}")).ProblemAsync(403);
    }

    [Fact]
    public async Task The_review_pages_show_both_records_side_by_side_and_merge_from_the_form()
    {
        var (institution, _, reception) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var supervisor = await app.CreateUserAsync(institution.Id, Roles.Supervisor);
        var a = await reception.RegisterAsync(ReceptionDriver.Adult("Brenda Azucena", "Coy", "Choc", "1996-04-30").With("sex", "Female"));
        var b = await reception.RegisterAsync(ReceptionDriver.Adult("Brenda", "Coy", "Choc", "1996-04-30").With("sex", "Female").With("documents", Array.Empty<object>()));
        var pair = await RunAndFindPairAsync(await app.ClientForAsync(supervisor), a.PersonId, b.PersonId);
        Assert.NotNull(pair);
        var pages = await app.SignInToPagesAsync(supervisor);
        var queue = await pages.GetStringAsync("/Identity/Duplicates");
        Assert.Contains($"/Identity/Duplicates/{pair.Id}", queue);
        var page = await pages.GetStringAsync($"/Identity/Duplicates/{pair.Id}");
        Assert.Contains("data-testid=\"side-A\"", page);
        Assert.Contains("Brenda Azucena", page);
        Assert.Contains("misma fecha de nacimiento", page);
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var merged = await pages.PostFormAsync($"/Identity/Duplicates/{pair.Id}", $"/Identity/Duplicates/{pair.Id}?handler=Same", new() { ["version"] = version, ["keep"] = b.PersonId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/People/{b.PersonId}", merged.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.GetAsync($"/People/{a.PersonId}")).StatusCode);

        var adminPages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, Roles.Administrator));
        Assert.Contains("Brenda", await adminPages.GetStringAsync("/Identity/Merges"));
    }

    private static async Task<ReviewDuplicates.Queue> ListAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/identity/duplicates")).ReadAsync<ReviewDuplicates.Queue>();

    private async Task<ReviewDuplicates.Row?> RunAndFindPairAsync(HttpClient reviewer, Guid a, Guid b)
    {
        var index = app.Services.GetRequiredService<IdentityIndex>();
        for (var i = 0; i < 100 && !index.IsReady; i++)
        {
            await Task.Delay(50);
        }
        var runs = app.Services.GetRequiredService<FindDuplicates>();
        await runs.WaitAsync();
        var started = await reviewer.PostAsync("/api/v1/identity/duplicates/run", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await runs.WaitAsync();
        Assert.Null(runs.Current.Error);
        return (await ListAsync(reviewer)).Items.FirstOrDefault(r => (r.A.Id == a && r.B.Id == b) || (r.A.Id == b && r.B.Id == a));
    }
}
