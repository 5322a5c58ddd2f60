using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>A request's life through the API: who may take each step, in which order, and never without consent.</summary>
public class RequestLifecycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_consulate_request_goes_from_draft_to_travelled_with_every_step_in_its_history_and_audited()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        Assert.Equal(AvrStatus.Draft, r.Status);
        Assert.StartsWith("RVA-2026-", r.Reference, StringComparison.Ordinal);
        Assert.Equal(800m, r.EstimatedCosts.Total);
        Assert.Equal([EligibleGroup.Disability, EligibleGroup.OlderPerson], r.Groups);
        Assert.Contains(AvrStep.Submit, r.AvailableSteps);

        r = await w.Consul.ConsentAsync(r);
        Assert.True(r.HasConsent);
        r = await w.Consul.DoAsync(r, "submit");
        Assert.Equal(AvrStatus.Submitted, r.Status);
        Assert.Empty(r.AvailableSteps.Intersect([AvrStep.Decide, AvrStep.CheckEligibility]));

        r = await w.Manager.DoAsync(r, "eligibility", new() { ["fundId"] = w.FundId });
        Assert.Equal(AvrStatus.EligibilityChecked, r.Status);
        Assert.True(r.EligibilityCheck!.Passed);
        Assert.Contains(r.EligibilityCheck.Rules, x => x.Code == "Cap" && x.Passed && x.Message.Contains("1,000.00", StringComparison.Ordinal));
        Assert.Null(r.SensitiveFlags);

        r = await w.Manager.DoAsync(r, "approve");
        Assert.Equal(AvrStatus.Approved, r.Status);
        Assert.Equal(800m, r.Committed);
        r = await w.Consul.DoAsync(r, "travel", AvrDriver.Travel());
        Assert.Equal(AvrStatus.TravelArranged, r.Status);
        r = await w.Manager.DoAsync(r, "spending", new() { ["amount"] = 450m, ["note"] = "Boletos AM 650/672" });
        Assert.Equal((350m, 450m), (r.Committed, r.Spent));
        r = await w.Consul.DoAsync(r, "travelled", new() { ["travelledAt"] = AppFactory.Start.AddMinutes(30).UtcDateTime });
        Assert.Equal(AvrStatus.Travelled, r.Status);

        Assert.Equal(
            [AvrAction.Created, AvrAction.ConsentRecorded, AvrAction.Submitted, AvrAction.EligibilityChecked, AvrAction.Approved, AvrAction.TravelArranged, AvrAction.Announced, AvrAction.SpendingRecorded, AvrAction.Travelled],
            r.History.Select(h => h.Action));
        var fund = await w.FundAsync();
        Assert.Equal((5000m, 350m, 450m, 4200m, 1), (fund.Budget!.Value, fund.Committed, fund.Spent, fund.Remaining, fund.Cases));
        var ledger = await (await w.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}/ledger?year=2026")).ReadAsync<ManageFunds.Ledger>();
        Assert.Equal([LedgerEntryKind.Spending, LedgerEntryKind.Commitment], ledger.Items.Select(l => l.Kind));
        Assert.All(ledger.Items, l => Assert.Equal(r.Reference, l.Reference));

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(AvrRequest) && a.EntityId == r.Id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.Created && a.UserId == w.ConsulUser.Id);
        Assert.True(audit.Count(a => a.Action == AuditActions.Updated) >= 7);
        Assert.Contains(audit, a => a.Action == AuditActions.Viewed && a.Detail == "processor");
    }

    public static TheoryData<string> NotRequesters => new() { Roles.ReceptionOfficer, Roles.CaseWorker, Roles.ProtectionOfficer, Roles.FundManager, Roles.Supervisor, Roles.Administrator, Roles.Analyst };

    [Theory]
    [MemberData(nameof(NotRequesters))]
    public async Task Only_consular_officers_create_requests_and_a_migrant_never_can(string role)
    {
        var w = await app.AvrWorldAsync();
        var client = await app.ClientForAsync(await app.CreateUserAsync(w.Consulate.Id, role));
        var before = await app.WithDbAsync(db => db.AvrRequests.CountAsync());
        await (await client.PostJsonAsync("/api/v1/avr/requests", AvrDriver.Rosa(w.Office.Id))).ProblemAsync(403);
        Assert.Equal(before, await app.WithDbAsync(db => db.AvrRequests.CountAsync()));
    }

    [Fact]
    public async Task A_reception_centre_cannot_request_and_an_ngo_only_once_authorised()
    {
        var w = await app.AvrWorldAsync();
        var centre = await app.CreateInstitutionAsync(kind: InstitutionKind.ReceptionCentre);
        var atCentre = await app.ClientForAsync(await app.CreateUserAsync(centre.Id, Roles.ConsularOfficer));
        await (await atCentre.PostJsonAsync("/api/v1/avr/requests", AvrDriver.Rosa(w.Office.Id))).ProblemAsync(403);

        var ngo = await app.CreateInstitutionAsync("Casa del Migrante", InstitutionKind.Ngo, "MX");
        var atNgo = await app.ClientForAsync(await app.CreateUserAsync(ngo.Id, Roles.ConsularOfficer));
        await (await atNgo.PostJsonAsync("/api/v1/avr/requests", AvrDriver.Rosa(w.Office.Id))).ProblemAsync(403);

        var (_, _, admin) = await app.SignedInAsync(Roles.Administrator);
        var authorised = await admin.PutJsonAsync($"/api/v1/avr/authorisations/{ngo.Id}", new { });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, authorised.StatusCode);
        var r = await atNgo.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        Assert.Equal(ngo.Id, r.RequestingInstitutionId);
        await (await admin.PutJsonAsync($"/api/v1/avr/authorisations/{centre.Id}", new { })).ProblemAsync(404);
    }

    [Fact]
    public async Task Nothing_moves_without_recorded_consent()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        r = await w.Consul.DoAsync(r, "submit");
        r = await w.Manager.DoAsync(r, "eligibility", new() { ["fundId"] = w.FundId });
        Assert.False(r.EligibilityCheck!.Passed);
        Assert.Contains(r.EligibilityCheck.Rules, x => x.Code == "Consent" && !x.Passed);
        var refused = await (await w.Manager.StepAsync(r, "approve")).ProblemAsync(409);
        Assert.Equal("Avr.Refused", (string?)refused["code"]);
        Assert.Contains("consentimiento", (string?)refused["detail"], StringComparison.Ordinal);

        r = await w.Consul.ConsentAsync(r);
        r = await w.Manager.DoAsync(r, "eligibility", new() { ["fundId"] = w.FundId });
        r = await w.Manager.DoAsync(r, "approve");
        r = await w.Consul.DoAsync(r, "consent/withdraw");
        Assert.False(r.HasConsent);
        var noTravel = await (await w.Consul.StepAsync(r, "travel", AvrDriver.Travel())).ProblemAsync(409);
        Assert.Equal("Avr.NoConsent", (string?)noTravel["code"]);
        var still = await (await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}")).ReadAsync<RequestView.Details>();
        Assert.Equal((AvrStatus.Approved, r.Version), (still.Status, still.Version));
    }

    [Fact]
    public async Task A_childs_consent_is_given_by_a_named_proxy()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Child(w.Office.Id));
        Assert.Equal([EligibleGroup.UnaccompaniedChild], r.Groups);
        var own = await (await w.Consul.StepAsync(r, "consent", new() { ["giver"] = "Person" })).ProblemAsync(409);
        Assert.Equal("Avr.ChildConsentByProxy", (string?)own["code"]);
        var nameless = await (await w.Consul.StepAsync(r, "consent", new() { ["giver"] = "Proxy" })).ProblemAsync(400);
        Assert.NotEmpty(nameless.FieldErrors("proxyName"));
        r = await w.Consul.ProxyConsentAsync(r);
        Assert.Equal((ConsentGiver.Proxy, "Lic. Ana Morales"), (r.Consent!.Giver, r.Consent.ProxyName));
    }

    [Fact]
    public async Task Steps_out_of_order_or_from_a_stale_version_are_refused_and_change_nothing()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        r = await w.Consul.ConsentAsync(r);
        await (await w.Consul.StepAsync(r, "travel", AvrDriver.Travel())).ProblemAsync(409);
        var submitted = await w.Consul.DoAsync(r, "submit");
        var stale = await (await w.Consul.StepAsync(r, "cancel", new() { ["reason"] = "x" })).ProblemAsync(409);
        Assert.Equal("Concurrency", (string?)stale["code"]);
        var twice = await (await w.Consul.StepAsync(submitted, "submit")).ProblemAsync(409);
        Assert.Equal("Avr.NotDraft", (string?)twice["code"]);
        var unchecked_ = await (await w.Manager.StepAsync(submitted, "approve")).ProblemAsync(409);
        Assert.Equal("Avr.NotChecked", (string?)unchecked_["code"]);
        await (await w.Consul.PutJsonAsync($"/api/v1/avr/requests/{r.Id}", AvrDriver.Rosa(w.Office.Id).With("version", submitted.Version))).ProblemAsync(409);
        var noReason = await (await w.Manager.StepAsync(submitted, "reject", new() { ["reason"] = " " })).ProblemAsync(400);
        Assert.NotEmpty(noReason.FieldErrors("reason"));

        var rejected = await w.Manager.DoAsync(submitted, "reject", new() { ["reason"] = "Tiene familia que cubre el boleto." });
        Assert.Equal((AvrStatus.Rejected, "Tiene familia que cubre el boleto."), (rejected.Status, rejected.RejectionReason));
        await (await w.Consul.StepAsync(rejected, "cancel", new() { ["reason"] = "x" })).ProblemAsync(409);
        Assert.Empty(rejected.AvailableSteps);
    }

    [Fact]
    public async Task Cancelling_an_approved_request_gives_its_commitment_back_to_the_fund()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Manager.DoAsync(await w.CheckedAsync(), "approve");
        Assert.Equal(800m, (await w.FundAsync()).Committed);
        r = await w.Consul.DoAsync(r, "cancel", new() { ["reason"] = "La persona decidió quedarse." });
        Assert.Equal((AvrStatus.Cancelled, 0m), (r.Status, r.Committed));
        var fund = await w.FundAsync();
        Assert.Equal((0m, 5000m), (fund.Committed, fund.Remaining));
        var ledger = await (await w.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}/ledger")).ReadAsync<ManageFunds.Ledger>();
        Assert.Equal([LedgerEntryKind.Release, LedgerEntryKind.Commitment], ledger.Items.Select(l => l.Kind));
    }

    [Fact]
    public async Task Bad_input_gets_localised_field_errors_and_creates_nothing()
    {
        var w = await app.AvrWorldAsync();
        var before = await app.WithDbAsync(db => db.AvrRequests.CountAsync());
        var body = AvrDriver.Rosa(w.Office.Id)
            .With("givenNames", "")
            .With("birthDate", "2099-01-01")
            .With("currentCountry", "ZZ")
            .With("returnCountry", "MX")
            .With("destinationAdm1", "XX99")
            .With("processingInstitutionId", Guid.NewGuid())
            .With("currency", "BTC")
            .With("ticketAmount", -5m)
            .With("medicalAmount", 10.555m)
            .With("vulnerabilities", new[] { "Nonsense" });
        var es = await (await w.Consul.PostJsonAsync("/api/v1/avr/requests", body.With("vulnerabilities", Array.Empty<string>()))).ProblemAsync(400);
        foreach (var field in new[] { "givenNames", "birthDate", "currentCountry", "destinationAdm1", "processingInstitutionId", "currency", "ticketAmount", "medicalAmount" })
        {
            Assert.NotEmpty(es.FieldErrors(field));
        }
        Assert.Equal("Moneda desconocida.", es.FieldErrors("currency")[0]);
        var en = await app.ClientForAsync(w.ConsulUser, "en");
        var english = await (await en.PostJsonAsync("/api/v1/avr/requests", AvrDriver.Rosa(w.Office.Id).With("currency", "BTC").With("returnCountry", "MX"))).ProblemAsync(400);
        Assert.Equal("Unknown currency.", english.FieldErrors("currency")[0]);
        Assert.Equal("The country of return cannot be the country where the person is.", english.FieldErrors("returnCountry")[0]);
        var malformed = await w.Consul.PostAsync("/api/v1/avr/requests", new StringContent("{\"vulnerabilities\": [\"Nonsense\"]}", System.Text.Encoding.UTF8, "application/json"));
        await malformed.ProblemAsync(400);
        Assert.Equal(before, await app.WithDbAsync(db => db.AvrRequests.CountAsync()));
    }
}
