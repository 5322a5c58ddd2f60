using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.People;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.Reception;

public class RegistrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Registering_a_person_from_the_manifest_moves_them_from_expected_to_registered()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await client.CreateArrivalAsync();
        await client.UploadManifestAsync(arrival.Id, "nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad\nErick,Caal,Choc,M,1996-07-01,GT\n");
        var queue = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}/queue")).ReadAsync<ArrivalQueue.Queue>();
        var entry = queue.Manifest.Single();

        var result = await client.RegisterAsync(ReceptionDriver.Adult("Erick", "Caal", "Choc", "1996-07-01")
            .With("arrivalId", arrival.Id).With("manifestEntryId", entry.EntryId).With("mode", null).With("returnedFrom", null));

        var after = await (await client.GetAsync($"/api/v1/arrivals/{arrival.Id}/queue")).ReadAsync<ArrivalQueue.Queue>();
        Assert.Equal(0, after.ExpectedCount);
        Assert.Equal(ManifestEntryStatus.Registered, after.Manifest.Single().Status);
        var registered = Assert.Single(after.Registered);
        Assert.Equal(result.ReturnId, registered.ReturnId);
        var details = await client.GetReturnAsync(result.ReturnId);
        Assert.Equal(ReturnMode.Air, details.Mode);
        Assert.Equal("US", details.ReturnedFrom);
        Assert.Equal(arrival.ScheduledAt, details.ArrivedAt);
        Assert.Equal(30, details.AgeAtReturn);

        var again = await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult("Erick", "Caal", "Choc", "1996-07-01")
            .With("arrivalId", arrival.Id).With("manifestEntryId", entry.EntryId));
        var problem = await again.ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("manifestEntryId"));
    }

    [Fact]
    public async Task An_unaccompanied_child_cannot_leave_reception_without_a_child_protection_referral()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var child = ReceptionDriver.Adult("Brayan", "Pop", "Tzul", "2011-02-20").With("mode", "Land").With("returnedFrom", "MX");

        var missingStatus = await (await client.PostJsonAsync("/api/v1/returns", child)).ProblemAsync(400);
        Assert.NotEmpty(missingStatus.FieldErrors("childStatus"));

        var closing = await (await client.PostJsonAsync("/api/v1/returns", new Dictionary<string, object?>(child) { ["childStatus"] = "Unaccompanied", ["completeReception"] = true })).ProblemAsync(409);
        Assert.Contains("protección de la niñez", (string)closing["detail"]!);
        Assert.Equal(0, await app.WithDbAsync(db => db.People.CountAsync(p => p.FirstSurname == "Pop" && p.GivenNames == "Brayan")));

        var registered = await client.RegisterAsync(child.With("childStatus", "Unaccompanied"));
        var details = await client.GetReturnAsync(registered.ReturnId);
        Assert.True(details.NeedsChildProtectionReferral);
        Assert.Contains(Vulnerability.UnaccompaniedChild, details.Vulnerabilities);

        var refused = await (await client.PostJsonAsync($"/api/v1/returns/{registered.ReturnId}/complete", new { version = details.Version })).ProblemAsync(409);
        Assert.Equal("Return.ChildProtectionReferralRequired", (string)refused["code"]!);

        var referral = await client.PostJsonAsync($"/api/v1/returns/{registered.ReturnId}/referrals", new { kind = "ChildProtection", toName = "Procuraduría General de la Nación – PNA", reference = "PGN-2026-1187" });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var withReferral = await client.GetReturnAsync(registered.ReturnId);
        var done = await client.PostJsonAsync($"/api/v1/returns/{registered.ReturnId}/complete", new { version = withReferral.Version });
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(ReceptionStatus.Completed, (await client.GetReturnAsync(registered.ReturnId)).Status);
    }

    [Fact]
    public async Task An_accompanied_child_is_linked_to_the_adult_and_shares_the_family_group()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var mother = await client.RegisterAsync(ReceptionDriver.Adult("Sandra", "Ixcoy", "Mux", "1992-01-15").With("sex", "Female"));
        var needsAdult = await (await client.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult("Dayana", "Ixcoy", "Mux", "2019-06-01").With("sex", "Female").With("childStatus", "Accompanied"))).ProblemAsync(400);
        Assert.NotEmpty(needsAdult.FieldErrors("accompanyingReturnId"));

        var daughter = await client.RegisterAsync(ReceptionDriver.Adult("Dayana", "Ixcoy", "Mux", "2019-06-01").With("sex", "Female")
            .With("childStatus", "Accompanied").With("accompanyingReturnId", mother.ReturnId).With("documents", Array.Empty<object>()));
        var childView = await client.GetReturnAsync(daughter.ReturnId);
        var motherView = await client.GetReturnAsync(mother.ReturnId);
        Assert.NotNull(childView.FamilyGroupId);
        Assert.Equal(childView.FamilyGroupId, motherView.FamilyGroupId);
        Assert.Equal(mother.ReturnId, childView.AccompanyingReturnId);
        Assert.Contains(motherView.Family, f => f.ReturnId == daughter.ReturnId && f.ChildStatus == ChildStatus.Accompanied);
        Assert.False(childView.NeedsChildProtectionReferral);
    }

    [Fact]
    public async Task Washington_group_answers_at_the_standard_cutoff_mark_a_disability_and_older_people_are_flagged()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var some = await client.RegisterAsync(ReceptionDriver.Adult("Óscar", "Cux", "Caal", "1980-01-01").With("wgWalking", "SomeDifficulty"));
        var alot = await client.RegisterAsync(ReceptionDriver.Adult("Marvin", "Cux", "Caal", "1981-01-01").With("wgSeeing", "ALotOfDifficulty"));
        var older = await client.RegisterAsync(ReceptionDriver.Adult("Tomás", "Cux", "Pop", "1955-01-01").With("immediateNeeds", new[] { "Medical", "Transport" }));
        Assert.DoesNotContain(Vulnerability.Disability, (await client.GetReturnAsync(some.ReturnId)).Vulnerabilities);
        Assert.Contains(Vulnerability.Disability, (await client.GetReturnAsync(alot.ReturnId)).Vulnerabilities);
        var olderView = await client.GetReturnAsync(older.ReturnId);
        Assert.Contains(Vulnerability.OlderPerson, olderView.Vulnerabilities);
        Assert.Equal([ImmediateNeed.Medical, ImmediateNeed.Transport], olderView.ImmediateNeeds);
    }

    [Fact]
    public async Task Sensitive_flags_are_hidden_from_reception_officers_shown_to_protection_officers_and_every_view_is_audited()
    {
        var (institution, _, officer) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var protectionUser = await app.CreateUserAsync(institution.Id, Roles.ProtectionOfficer);
        var protection = await app.ClientForAsync(protectionUser);
        var registered = await officer.RegisterAsync(ReceptionDriver.Adult("Keila", "Mendoza", "Ruiz", "1999-03-03").With("sex", "Female")
            .With("sensitiveFlags", new[] { "SurvivorOfViolence", "ProtectionRiskOnReturn" }).With("sensitiveNotes", "Amenazas de pandilla en su colonia"));

        var asOfficer = await officer.GetReturnAsync(registered.ReturnId, sensitive: true);
        Assert.Null(asOfficer.Sensitive);
        Assert.True(asOfficer.SensitiveRecorded);
        Assert.True(asOfficer.ProtectionFollowUp);
        var raw = await (await officer.GetAsync($"/api/v1/returns/{registered.ReturnId}?includeSensitive=true")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("SurvivorOfViolence", raw);
        Assert.DoesNotContain("pandilla", raw);

        var asProtection = await protection.GetReturnAsync(registered.ReturnId, sensitive: true);
        Assert.Equal([SensitiveFlag.SurvivorOfViolence, SensitiveFlag.ProtectionRiskOnReturn], asProtection.Sensitive!.Flags);
        Assert.Equal("Amenazas de pandilla en su colonia", asProtection.Sensitive.Notes);

        var views = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == registered.PersonId && a.Action == AuditActions.SensitiveViewed).ToListAsync());
        var view = Assert.Single(views);
        Assert.Equal(protectionUser.Id, view.UserId);
        Assert.Equal(institution.Id, view.InstitutionId);
    }

    [Fact]
    public async Task A_repeat_returnee_is_found_with_reasons_and_the_new_return_is_attached_to_the_same_person()
    {
        var (_, _, airport) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var (_, _, border) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var first = await airport.RegisterAsync(ReceptionDriver.Adult("Wilmer Estuardo", "Xicará", "Tzoc", "1993-10-04"));

        // Months later at a land border, recorded without accents and with day and month swapped.
        var candidates = await (await border.GetAsync("/api/v1/reception/candidates?givenNames=Wilmer&firstSurname=Xicara&secondSurname=Tzoc&birthDate=1993-04-10&sex=Male"))
            .ReadAsync<List<FindCandidates.Candidate>>();
        var candidate = Assert.Single(candidates);
        Assert.Equal(first.PersonId, candidate.PersonId);
        Assert.Contains("dob_day_month_swapped", candidate.Reasons);
        Assert.Contains("given_name_subset", candidate.Reasons);
        Assert.Contains(candidate.Evidence, e => e.Reason == "surnames_exact" && e.Weight > 0);
        Assert.Equal(1, candidate.Returns);

        var second = await border.RegisterAsync(new Dictionary<string, object?>
        {
            ["existingPersonId"] = candidate.PersonId,
            ["mode"] = "Land",
            ["returnedFrom"] = "MX",
            ["category"] = "Forced",
            ["documents"] = new[] { new { type = "Passport", number = "G12345678" } },
        });
        Assert.True(second.AttachedToExisting);
        Assert.Equal(first.PersonId, second.PersonId);
        Assert.Equal(1, await app.WithDbAsync(db => db.People.CountAsync(p => p.FirstSurname == "Xicará")));

        var person = await (await border.GetAsync($"/api/v1/persons/{first.PersonId}")).ReadAsync<PersonPage.Details>();
        Assert.Equal(2, person.Returns.Count);
        Assert.Single(person.Returns, r => r.Own && r.Id == second.ReturnId);
        var other = Assert.Single(person.Returns, r => !r.Own);
        Assert.Null(other.Id);
        Assert.Null(other.Category);
        Assert.Equal(2, person.Person.Documents.Count);
        var shown = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == first.PersonId && a.Action == AuditActions.CandidateShown));
        Assert.Equal(1, shown);
    }

    [Fact]
    public async Task Search_finds_people_by_name_document_and_pcode()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var r = await client.RegisterAsync(ReceptionDriver.Adult("Cristian Josué", "Ajanel", "Quiej", "1997-12-24")
            .With("originAdm1", "GT07").With("originAdm2", "GT0701").With("documents", new[] { new { type = "NationalId", number = "3001-77711-0701" } }));
        async Task<SearchPeople.Result> Search(string query) => await (await client.GetAsync($"/api/v1/persons?{query}")).ReadAsync<SearchPeople.Result>();

        Assert.Equal(r.PersonId, (await Search("q=ajanel%20josue")).Items.Single().Id);
        Assert.Equal(r.PersonId, (await Search("q=AJANEL")).Items.Single().Id);
        Assert.Equal(r.PersonId, (await Search("document=3001777110701")).Items.Single().Id);
        Assert.Equal(r.PersonId, (await Search("pcode=GT0701")).Items.Single().Id);
        Assert.Equal(r.PersonId, (await Search("pcode=GT07")).Items.Single().Id);
        Assert.Empty((await Search("q=ajanel%20maria")).Items);
        Assert.Empty((await Search("q=")).Items);
    }

    [Fact]
    public async Task Two_officers_editing_the_same_person_the_second_save_is_refused_and_nothing_is_overwritten()
    {
        var (institution, _, first) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var second = await app.ClientForAsync(await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer));
        var r = await first.RegisterAsync(ReceptionDriver.Adult("Elmer", "Batz", "Chan", "1990-01-01"));
        var read = await (await first.GetAsync($"/api/v1/persons/{r.PersonId}")).ReadAsync<PersonPage.Details>();
        object Edit(string given) => new
        {
            givenNames = given,
            firstSurname = "Batz",
            secondSurname = "Chan",
            sex = "Male",
            birthDate = "1990-01-01",
            nationality = "GT",
            originAdm1 = "GT13",
            originAdm2 = "GT1301",
            documents = Array.Empty<object>(),
            version = read.Version,
        };
        Assert.Equal(HttpStatusCode.NoContent, (await first.PutJsonAsync($"/api/v1/persons/{r.PersonId}", Edit("Elmer Rolando"))).StatusCode);
        var conflict = await (await second.PutJsonAsync($"/api/v1/persons/{r.PersonId}", Edit("Helmer"))).ProblemAsync(409);
        Assert.Equal("Concurrency", (string)conflict["code"]!);
        var now = await (await second.GetAsync($"/api/v1/persons/{r.PersonId}")).ReadAsync<PersonPage.Details>();
        Assert.Equal("Elmer Rolando", now.Person.GivenNames);
        var changes = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == r.PersonId && a.Action == AuditActions.Updated && a.EntityType == "Person").ToListAsync());
        Assert.Contains(changes, c => c.Detail!.Contains("GivenNames"));
    }
}
