using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Features.Identity;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>
/// The hand-off between two countries' instances, each on its own database in the same run: Mexico announces an
/// arranged return with a signed package, Guatemala verifies it, shows it to its reception centre (and, for a child, to
/// the child-protection authority), registers the person in one step and tells Mexico, which closes the request.
/// </summary>
public class HandoffTests(TwoInstances two) : IClassFixture<TwoInstances>
{
    private AppFactory Mexico => two.Mexico;

    private AppFactory Guatemala => two.Guatemala;

    [Fact]
    public async Task Arranging_travel_delivers_a_signed_announcement_with_only_what_the_consent_allows_to_the_receiving_reception_centre()
    {
        var body = AvrDriver.Rosa(Guid.Empty);
        body["sensitiveFlags"] = new[] { "SurvivorOfViolence" };
        var (w, r) = await ArrangedAsync(body);

        var sent = await (await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}/handoff")).ReadAsync<List<RequestHandoffs.Sent>>();
        var announce = Assert.Single(sent);
        Assert.Equal((HandoffPackage.Announce, "GT", HandoffStatus.Delivered), (announce.Kind, announce.Country, announce.Status));
        Assert.Contains(AvrAction.Announced, r.History.Select(h => h.Action));

        var list = await (await two.ReceptionOfficer.GetAsync("/api/v1/avr/announced")).ReadAsync<List<AnnouncedArrivals.Summary>>();
        var row = Assert.Single(list, a => a.Reference == r.Reference);
        Assert.Equal(("MX", "Rosa Amalia Tzul Chávez", AnnouncedStatus.Announced, false), (row.SourceCountry, row.Name, row.Status, row.Child));
        var a = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{row.Id}")).ReadAsync<AnnouncedArrivals.Details>();
        Assert.Equal(Vulnerability.Disability, a.Vulnerabilities);
        Assert.Equal("Usa silla de ruedas; hipertensión controlada.", a.HealthNotes);
        Assert.Null(a.SensitiveFlags); // the consent did not cover protection flags: they never left Mexico
        Assert.Equal(("Aeropuerto Internacional La Aurora", "Carlos Ruiz (OIM)", "Silla de ruedas en el aeropuerto"), (a.PointOfEntry, a.EscortName, a.EscortNeeds));
        Assert.False(a.ChildProtectionNotified);
        Assert.Equal(w.Consulate.Name, a.RequestedBy);
        Assert.Contains(a.History, h => h.Action == AvrAction.Approved && h.Institution == w.Office.Name);
        var stored = await Guatemala.WithDbAsync(db => db.AnnouncedReturns.AsNoTracking().SingleAsync(x => x.Id == row.Id));
        Assert.Null(stored.SensitiveFlags);

        var audit = await Guatemala.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(AnnouncedReturn) && e.EntityId == row.Id.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditActions.Created);
        Assert.Contains(audit, e => e.Action == AuditActions.Viewed);
        Assert.Contains(audit, e => e.Action == AuditActions.SearchResult);
    }

    [Fact]
    public async Task An_announcement_is_seen_only_by_the_reception_centre_it_was_routed_to_and_not_by_requesting_roles()
    {
        var (_, r) = await ArrangedAsync();
        var id = await AnnouncedIdAsync(r.Reference);
        var otherCentre = (await Guatemala.SignedInAsync(Roles.ReceptionOfficer)).Client;
        Assert.DoesNotContain(await (await otherCentre.GetAsync("/api/v1/avr/announced")).ReadAsync<List<AnnouncedArrivals.Summary>>(), x => x.Id == id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCentre.GetAsync($"/api/v1/avr/announced/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCentre.GetAsync($"/api/v1/avr/announced/{id}/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCentre.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new { newPerson = true, version = 0 })).StatusCode);
        var consul = (await Guatemala.SignedInAsync(Roles.ConsularOfficer)).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await consul.GetAsync($"/api/v1/avr/announced/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consul.GetAsync("/api/v1/avr/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consul.PostJsonAsync("/api/v1/handoffs/import", new { format = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await two.ReceptionOfficer.PutJsonAsync("/api/v1/handoffs/peers/HN", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_child_is_announced_to_the_child_protection_authority_in_advance_with_what_it_needs_to_be_at_reception()
    {
        var (_, r) = await ArrangedAsync(AvrDriver.Child(Guid.Empty));
        var id = await AnnouncedIdAsync(r.Reference);
        var a = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>();
        Assert.True(a.ChildProtectionNotified);
        Assert.Equal((ConsentGiver.Proxy, "Lic. Ana Morales", ChildStatus.Unaccompanied), (a.ConsentGiver, a.ConsentProxyName, a.ChildStatus));
        Assert.Null(a.HealthNotes); // the proxy consented to passing vulnerabilities only

        var notices = await (await two.ChildProtectionOfficer.GetAsync("/api/v1/avr/notices")).ReadAsync<List<AnnouncedArrivals.Notice>>();
        var notice = Assert.Single(notices, n => n.Id == id);
        Assert.Equal(("Marvin Pérez", 15, "Centro de Recepción La Aurora", "Aeropuerto Internacional La Aurora"), (notice.ChildName, notice.AgeAtArrival, notice.ReceptionCentre, notice.PointOfEntry));
        var otherAuthority = await Guatemala.CreateInstitutionAsync(kind: InstitutionKind.ChildProtectionAuthority);
        var other = await Guatemala.ClientForAsync(await Guatemala.CreateUserAsync(otherAuthority.Id, Roles.ProtectionOfficer));
        Assert.DoesNotContain(await (await other.GetAsync("/api/v1/avr/notices")).ReadAsync<List<AnnouncedArrivals.Notice>>(), n => n.Id == id);
    }

    [Fact]
    public async Task Reception_registers_the_person_in_one_step_the_request_becomes_received_in_the_sending_country_and_can_be_closed()
    {
        var (w, r) = await ArrangedAsync();
        var id = await AnnouncedIdAsync(r.Reference);
        var a = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>();
        await RefreshIdentityIndexAsync();
        var candidates = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}/candidates")).ReadAsync<List<FindCandidates.Candidate>>();
        var registered = await (await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new
        {
            newPerson = candidates.Count > 0,
            arrivedAt = Guatemala.Clock.GetUtcNow().UtcDateTime,
            version = a.Version,
        })).ReadAsync<RegisterReturn.Result>();

        var ret = await (await two.ReceptionOfficer.GetAsync($"/api/v1/returns/{registered.ReturnId}")).ReadAsync<ReturnView.Details>();
        Assert.Equal((ReturnCategory.AssistedVoluntary, "MX", ReturnMode.Air), (ret.Category, ret.ReturnedFrom, ret.Mode));
        Assert.Equal(("Rosa Amalia", "Tzul", "GT13"), (ret.Person.GivenNames, ret.Person.FirstSurname, ret.Person.OriginAdm1));
        Assert.Contains(Vulnerability.Disability, ret.Vulnerabilities);
        var after = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>();
        Assert.Equal((AnnouncedStatus.Received, registered.PersonId, registered.ReturnId), (after.Status, after.PersonId, after.ReturnEventId));

        var mx = await (await w.Manager.GetAsync($"/api/v1/avr/requests/{r.Id}")).ReadAsync<RequestView.Details>();
        Assert.Equal(AvrStatus.Received, mx.Status);
        Assert.Contains(mx.History, h => h.Action == AvrAction.Received && h.Note == "Centro de Recepción La Aurora (GT)");
        Assert.Contains(AvrStep.Close, mx.AvailableSteps);
        var closed = await w.Manager.DoAsync(mx, "close");
        Assert.Equal((AvrStatus.Closed, 0m), (closed.Status, closed.Committed));
        Assert.Equal(0m, (await w.FundAsync()).Committed);

        var again = await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new { newPerson = true, version = after.Version });
        Assert.Equal("Handoff.AlreadyReceived", (string?)(await again.ProblemAsync(409))["code"]);
        Assert.Equal(1, await Guatemala.WithDbAsync(db => db.Returns.CountAsync(x => x.PersonId == registered.PersonId)));
    }

    [Fact]
    public async Task A_person_already_in_the_registry_must_be_chosen_or_confirmed_new_and_a_stale_version_changes_nothing()
    {
        var (_, first) = await ArrangedAsync();
        var firstId = await AnnouncedIdAsync(first.Reference);
        var a1 = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{firstId}")).ReadAsync<AnnouncedArrivals.Details>();
        var one = await (await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{firstId}/register", new { newPerson = true, version = a1.Version })).ReadAsync<RegisterReturn.Result>();
        await RefreshIdentityIndexAsync();

        var (_, second) = await ArrangedAsync();
        var id = await AnnouncedIdAsync(second.Reference);
        var a = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>();
        var returnsBefore = await Guatemala.WithDbAsync(db => db.Returns.CountAsync());
        var undecided = await (await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new { version = a.Version })).ProblemAsync(400);
        Assert.NotEmpty(undecided.FieldErrors("existingPersonId"));
        var stale = await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new { existingPersonId = one.PersonId, version = a.Version + 5 });
        await stale.ProblemAsync(409);
        Assert.Equal(returnsBefore, await Guatemala.WithDbAsync(db => db.Returns.CountAsync()));
        Assert.Equal(AnnouncedStatus.Announced, (await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>()).Status);

        var candidates = await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}/candidates")).ReadAsync<List<FindCandidates.Candidate>>();
        Assert.Contains(candidates, c => c.PersonId == one.PersonId);
        var two2 = await (await two.ReceptionOfficer.PostJsonAsync($"/api/v1/avr/announced/{id}/register", new { existingPersonId = one.PersonId, version = a.Version })).ReadAsync<RegisterReturn.Result>();
        Assert.True(two2.AttachedToExisting);
        Assert.Equal(one.PersonId, two2.PersonId);
    }

    [Fact]
    public async Task A_package_that_was_tampered_with_replayed_unsigned_or_addressed_elsewhere_is_refused_and_changes_nothing()
    {
        var (w, r) = await ArrangedAsync();
        var package = await (await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}/handoff/package")).Content.ReadAsStringAsync();
        var id = await AnnouncedIdAsync(r.Reference);
        var before = await Guatemala.WithDbAsync(db => db.AnnouncedReturns.AsNoTracking().SingleAsync(x => x.Id == id));

        // Delivered already: the same message again is a replay, through the inbox or as a file.
        await RefusedAsync(await Guatemala.CreateClient().PostAsync("/api/v1/handoffs/inbox", Json(package)), "Handoff.Replay");
        await RefusedAsync(await two.ReceptionOfficer.PostAsync("/api/v1/handoffs/import", Json(package)), "Handoff.Replay");

        // Someone changes the name in the payload and keeps the signature.
        var envelope = JsonNode.Parse(package)!;
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String((string)envelope["payload"]!)).Replace("Rosa Amalia", "Rosa María", StringComparison.Ordinal);
        envelope["payload"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload));
        await RefusedAsync(await two.ReceptionOfficer.PostAsync("/api/v1/handoffs/import", Json(envelope.ToJsonString())), "Handoff.BadSignature");

        // A key no administrator registered.
        envelope["keyId"] = "00112233445566778899aabbccddeeff";
        await RefusedAsync(await Guatemala.CreateClient().PostAsync("/api/v1/handoffs/inbox", Json(envelope.ToJsonString())), "Handoff.UnknownSender");
        await RefusedAsync(await Guatemala.CreateClient().PostAsync("/api/v1/handoffs/inbox", Json("""{"format":"other"}""")), "Handoff.Malformed");
        Assert.Equal(HttpStatusCode.BadRequest, (await Guatemala.CreateClient().PostAsync("/api/v1/handoffs/inbox", Json("{not json"))).StatusCode);

        var after = await Guatemala.WithDbAsync(db => db.AnnouncedReturns.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal((before.GivenNames, before.Version, before.UpdatedAt), (after.GivenNames, after.Version, after.UpdatedAt));

        // A request returning to Honduras: Mexico has no peer there, so the announcement waits; Guatemala refuses its file.
        var hn = AvrDriver.Rosa(Guid.Empty);
        hn["returnCountry"] = "HN";
        hn["originAdm1"] = null;
        hn["destinationAdm1"] = "HN05";
        hn["destinationAdm2"] = null;
        var (_, toHonduras) = await ArrangedAsync(hn, w);
        var pending = Assert.Single(await (await w.Consul.GetAsync($"/api/v1/avr/requests/{toHonduras.Id}/handoff")).ReadAsync<List<RequestHandoffs.Sent>>());
        Assert.Equal((HandoffStatus.Pending, "NoPeerAddress"), (pending.Status, pending.LastError));
        var hnPackage = await (await w.Consul.GetAsync($"/api/v1/avr/requests/{toHonduras.Id}/handoff/package")).Content.ReadAsStringAsync();
        await RefusedAsync(await two.ReceptionOfficer.PostAsync("/api/v1/handoffs/import", Json(hnPackage)), "Handoff.NotForThisInstance");
        Assert.False(await Guatemala.WithDbAsync(db => db.AnnouncedReturns.AnyAsync(x => x.Reference == toHonduras.Reference)));
    }

    [Fact]
    public async Task When_the_link_is_down_the_announcement_waits_is_carried_over_as_a_file_and_a_later_delivery_is_recognised()
    {
        var w = await Mexico.AvrWorldAsync();
        var peer = await (await two.MexicoAdmin.GetAsync("/api/v1/handoffs/peers")).ReadAsync<List<ManagePeers.PeerView>>();
        var gt = Assert.Single(peer, p => p.CountryCode == "GT");
        RequestView.Details r;
        var down = await SavePeerAsync(gt, baseUrl: null);
        try
        {
            (_, r) = await ArrangedAsync(null, w);
        }
        finally
        {
            await SavePeerAsync(down, baseUrl: "http://localhost");
        }
        Assert.Equal(HandoffStatus.Pending, Assert.Single(await (await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}/handoff")).ReadAsync<List<RequestHandoffs.Sent>>()).Status);
        Assert.False(await Guatemala.WithDbAsync(db => db.AnnouncedReturns.AnyAsync(x => x.Reference == r.Reference)));

        var file = await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}/handoff/package");
        Assert.Equal("application/json", file.Content.Headers.ContentType?.MediaType);
        var imported = await (await two.ReceptionOfficer.PostAsync("/api/v1/handoffs/import", Json(await file.Content.ReadAsStringAsync()))).ReadAsync<HandoffInbox.Result>();
        Assert.Equal(("announce", "MX"), (imported.Kind, imported.From));
        Assert.Equal(imported.AnnouncedReturnId, await AnnouncedIdAsync(r.Reference));
        Assert.True(await Mexico.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == HandoffApi.ExportedAction && e.EntityId == r.Id.ToString())));

        // The link is back: delivering again finds the peer already has it, and the outbox says delivered.
        var retried = await (await w.Consul.PostAsync($"/api/v1/avr/requests/{r.Id}/handoff/deliver", null)).ReadAsync<List<RequestHandoffs.Sent>>();
        Assert.Equal(HandoffStatus.Delivered, Assert.Single(retried).Status);
        await (await w.Consul.PostAsync($"/api/v1/avr/requests/{r.Id}/handoff/deliver", null)).ProblemAsync(409);
    }

    [Fact]
    public async Task Without_consent_nothing_is_announced_and_a_peer_with_a_bad_key_or_address_is_refused_in_spanish()
    {
        var w = await Mexico.AvrWorldAsync();
        var r = await w.CheckedAsync();
        r = await w.Manager.DoAsync(r, "approve");
        r = await w.Consul.DoAsync(r, "consent/withdraw");
        var messagesBefore = await Mexico.WithDbAsync(db => db.HandoffMessages.CountAsync());
        var refused = await (await w.Consul.StepAsync(r, "travel", AvrDriver.Travel())).ProblemAsync(409);
        Assert.Equal("Avr.NoConsent", (string?)refused["code"]);
        Assert.Equal(messagesBefore, await Mexico.WithDbAsync(db => db.HandoffMessages.CountAsync()));

        var peersBefore = await Guatemala.WithDbAsync(db => db.PeerInstances.CountAsync());
        var bad = await (await two.GuatemalaAdmin.PutJsonAsync("/api/v1/handoffs/peers/HN", new
        {
            name = "Reintegra Honduras",
            baseUrl = "ftp://hn.example",
            publicKeyPem = "-----BEGIN PUBLIC KEY-----\nnotakey\n-----END PUBLIC KEY-----",
            receptionInstitutionId = two.ChildProtection.Id,
            childProtectionInstitutionId = two.ChildProtection.Id,
        })).ProblemAsync(400);
        Assert.Equal("No es una clave pública ECDSA P-256 en formato PEM.", Assert.Single(bad.FieldErrors("publicKeyPem")));
        Assert.Equal("Indique una dirección http o https completa.", Assert.Single(bad.FieldErrors("baseUrl")));
        Assert.NotEmpty(bad.FieldErrors("receptionInstitutionId"));
        var self = await (await two.GuatemalaAdmin.PutJsonAsync("/api/v1/handoffs/peers/GT", new { name = "x" })).ProblemAsync(400);
        Assert.NotEmpty(self.FieldErrors("countryCode"));
        Assert.Equal(peersBefore, await Guatemala.WithDbAsync(db => db.PeerInstances.CountAsync()));
    }

    [Fact]
    public async Task Reception_sees_the_announced_arrival_on_its_pages_and_registers_it_with_one_form_and_the_authority_sees_the_child()
    {
        var (_, adult) = await ArrangedAsync();
        var (_, child) = await ArrangedAsync(AvrDriver.Child(Guid.Empty));
        var id = await AnnouncedIdAsync(adult.Reference);
        var officer = await Guatemala.SignInToPagesAsync(await Guatemala.CreateUserAsync(two.Reception.Id, Roles.ReceptionOfficer));
        var list = await officer.GetStringAsync("/AssistedReturn/Announced");
        Assert.Contains(adult.Reference, list, StringComparison.Ordinal);
        Assert.Contains("NNA, 15 años", list, StringComparison.Ordinal);
        var url = $"/AssistedReturn/Announced/{id}";
        var page = await officer.GetStringAsync(url);
        Assert.Contains("Rosa Amalia Tzul Chávez", page, StringComparison.Ordinal);
        Assert.Contains("Usa silla de ruedas; hipertensión controlada.", page, StringComparison.Ordinal);
        Assert.Contains("Registrar en un paso", page, StringComparison.Ordinal);
        var version = (await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>()).Version;

        var registered = await officer.PostFormAsync(url, url, new() { ["Who"] = "new", ["Input.Version"] = $"{version}", ["Input.ArrivedAt"] = "2026-11-19T10:30" });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var after = await officer.GetStringAsync(url);
        Assert.Contains("Ver el registro de recepci", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrar en un paso", after, StringComparison.Ordinal);
        Assert.Equal(AnnouncedStatus.Received, (await (await two.ReceptionOfficer.GetAsync($"/api/v1/avr/announced/{id}")).ReadAsync<AnnouncedArrivals.Details>()).Status);

        var authority = await Guatemala.SignInToPagesAsync(await Guatemala.CreateUserAsync(two.ChildProtection.Id, Roles.ProtectionOfficer));
        var notices = await authority.GetStringAsync("/AssistedReturn/Notices");
        Assert.Contains(child.Reference, notices, StringComparison.Ordinal);
        Assert.Contains("Marvin Pérez", notices, StringComparison.Ordinal);
        Assert.DoesNotContain(adult.Reference, notices, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await authority.GetAsync(url)).StatusCode); // a protection officer of another institution: not its announcement
    }

    private async Task<(AvrWorld World, RequestView.Details Request)> ArrangedAsync(Dictionary<string, object?>? body = null, AvrWorld? world = null)
    {
        var w = world ?? await Mexico.AvrWorldAsync();
        if (body is not null)
        {
            body["processingInstitutionId"] = w.Office.Id;
        }
        var r = await w.CheckedAsync(body);
        r = await w.Manager.DoAsync(r, "approve");
        r = await w.Consul.DoAsync(r, "travel", AvrDriver.Travel());
        Assert.Equal(AvrStatus.TravelArranged, r.Status);
        return (w, r);
    }

    private async Task<Guid> AnnouncedIdAsync(string reference) =>
        Assert.Single(await (await two.ReceptionOfficer.GetAsync("/api/v1/avr/announced")).ReadAsync<List<AnnouncedArrivals.Summary>>(), a => a.Reference == reference).Id;

    private async Task<ManagePeers.PeerView> SavePeerAsync(ManagePeers.PeerView p, string? baseUrl) =>
        await (await two.MexicoAdmin.PutJsonAsync($"/api/v1/handoffs/peers/{p.CountryCode}", new
        {
            name = p.Name,
            baseUrl,
            publicKeyPem = p.PublicKeyPem,
            receptionInstitutionId = p.ReceptionInstitutionId,
            childProtectionInstitutionId = p.ChildProtectionInstitutionId,
            version = p.Version,
        })).ReadAsync<ManagePeers.PeerView>();

    private async Task RefreshIdentityIndexAsync()
    {
        using var scope = Guatemala.Services.CreateScope();
        await Guatemala.Services.GetRequiredService<IdentityIndex>().RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TestContext.Current.CancellationToken);
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        Assert.Equal(code, (string?)(await response.ProblemAsync(409))["code"]);

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
