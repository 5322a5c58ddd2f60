using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Tests.Cases;

/// <summary>No referral without consent for that kind of sharing; withdrawal takes effect at once; overrides are allowed, reasoned and audited.</summary>
public class ConsentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Without_consent_nothing_is_referred_and_nothing_is_saved()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (_, c) = await office.ReturneeWithCaseAsync();

        var response = await office.CaseWorker.SendReferralAsync(c.CaseId, provider.ServiceId);
        var problem = await response.ProblemAsync(409);
        Assert.Equal("Referral.NoConsent", (string?)problem["code"]);
        Assert.Contains("consentimiento", (string?)problem["detail"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == c.CaseId)));
    }

    [Fact]
    public async Task Consent_covers_kinds_of_service_and_fields_and_nothing_beyond()
    {
        var office = await app.OfficeAsync();
        var employment = await app.ProviderAsync(ServiceCategory.Employment);
        var housing = await app.ProviderAsync(ServiceCategory.Housing);
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId, [ServiceCategory.Employment], [SharedField.Name, SharedField.SexAndAge]);

        var otherKind = await office.CaseWorker.SendReferralAsync(c.CaseId, housing.ServiceId, fields: [SharedField.Name]);
        Assert.Equal("Referral.NotCoveredByConsent", (string?)(await otherKind.ProblemAsync(409))["code"]);
        var moreFields = await office.CaseWorker.SendReferralAsync(c.CaseId, employment.ServiceId, fields: [SharedField.Name, SharedField.Documents]);
        Assert.Equal("Referral.NotCoveredByConsent", (string?)(await moreFields.ProblemAsync(409))["code"]);

        var ok = await office.CaseWorker.ReferAsync(c.CaseId, employment.ServiceId, fields: [SharedField.Name]);
        Assert.False(ok.ConsentOverride);
        var seen = await employment.Client.ReceivedAsync(ok.ReferralId);
        Assert.Equal("José Luis", seen.Person.GivenNames);
        Assert.Null(seen.Person.Age);
        Assert.Null(seen.Person.Phone);
        Assert.Equal([SharedField.Name], seen.Person.Fields);
    }

    [Fact]
    public async Task Only_a_role_allowed_to_may_override_consent_with_a_reason_and_the_override_is_audited()
    {
        var office = await app.OfficeAsync();
        var health = await app.ProviderAsync(ServiceCategory.Health);
        var (returnee, c) = await office.ReturneeWithCaseAsync();

        var byCaseWorker = await office.CaseWorker.SendReferralAsync(c.CaseId, health.ServiceId, overrideConsent: true, overrideReason: "Riesgo vital");
        Assert.Equal("Referral.OverrideNotAllowed", (string?)(await byCaseWorker.ProblemAsync(409))["code"]);
        var noReason = await office.Supervisor.SendReferralAsync(c.CaseId, health.ServiceId, overrideConsent: true);
        Assert.NotEmpty((await noReason.ProblemAsync(400)).FieldErrors("overrideReason"));

        var sent = await office.Supervisor.ReferAsync(c.CaseId, health.ServiceId, overrideConsent: true,
            overrideReason: "Herida infectada sin atender; la persona no puede firmar hoy.");
        Assert.True(sent.ConsentOverride);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ConsentOverride && a.PersonId == returnee.PersonId).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(sent.ReferralId.ToString(), entry.EntityId);
        Assert.Equal(office.SupervisorUser.Id, entry.UserId);
        Assert.DoesNotContain("Herida", entry.Detail);

        var asSender = await (await office.Supervisor.GetAsync($"/api/v1/referrals/{sent.ReferralId}")).ReadAsync<Reintegra.Web.Features.Referrals.ReferralView>();
        Assert.StartsWith("Herida", asSender.OverrideReason);
        var asProvider = await health.Client.ReceivedAsync(sent.ReferralId);
        Assert.True(asProvider.ConsentOverride);
        Assert.Null(asProvider.OverrideReason);
    }

    [Fact]
    public async Task Withdrawing_consent_stops_open_referrals_at_once_erases_what_was_shared_and_blocks_new_sharing()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var health = await app.ProviderAsync(ServiceCategory.Health);
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        await office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Assessment);
        var action = await office.CaseWorker.AddActionAsync(c.CaseId, CaseDriver.ReferralAction());
        var pending = await office.CaseWorker.ReferAsync(c.CaseId, provider.ServiceId, action);
        var accepted = await office.CaseWorker.ReferAsync(c.CaseId, health.ServiceId);
        await health.Client.AnswerAsync(accepted.ReferralId, "accept");
        var overridden = await office.Supervisor.ReferAsync(c.CaseId, health.ServiceId, fields: [SharedField.Name, SharedField.Documents],
            overrideConsent: true, overrideReason: "Atención médica urgente");

        var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        var response = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents/withdraw",
            new { reason = "Dice que ya no quiere que compartamos sus datos.", version = view.Version });
        var result = await response.ReadAsync<RecordConsent.Result>();
        Assert.Equal(2, result.StoppedReferrals);

        foreach (var (who, id) in new[] { (provider, pending.ReferralId), (health, accepted.ReferralId) })
        {
            var seen = await who.Client.ReceivedAsync(id);
            Assert.Equal(ReferralStatus.Withdrawn, seen.Status);
            Assert.Equal("#ConsentWithdrawn", seen.StatusReason);
            Assert.Null(seen.Person.Name);
            Assert.Null(seen.Person.Phone);
            Assert.Empty(seen.Person.Fields);
            Assert.NotNull(seen.Person.ErasedAt);
            Assert.Equal("", seen.Reason);
        }
        // The override stands on its own reason.
        Assert.Equal(ReferralStatus.Sent, (await health.Client.ReceivedAsync(overridden.ReferralId)).Status);

        view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        Assert.Null(view.Consent);
        Assert.NotNull(view.ConsentHistory.Single().WithdrawnAt);
        Assert.Equal(PlanActionStatus.Planned, view.Plan!.Actions.Single().Status);
        var again = await office.CaseWorker.SendReferralAsync(c.CaseId, provider.ServiceId, action);
        Assert.Equal("Referral.NoConsent", (string?)(await again.ProblemAsync(409))["code"]);
    }

    [Fact]
    public async Task A_narrower_consent_stops_only_the_referrals_it_no_longer_covers()
    {
        var office = await app.OfficeAsync();
        var employment = await app.ProviderAsync(ServiceCategory.Employment);
        var health = await app.ProviderAsync(ServiceCategory.Health);
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        var toEmployment = await office.CaseWorker.ReferAsync(c.CaseId, employment.ServiceId);
        var toHealth = await office.CaseWorker.ReferAsync(c.CaseId, health.ServiceId);

        var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        var result = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents",
            CaseDriver.Consent(view.Version, [ServiceCategory.Health]))).ReadAsync<RecordConsent.Result>();
        Assert.Equal(1, result.StoppedReferrals);
        Assert.Equal(ReferralStatus.Withdrawn, (await employment.Client.ReceivedAsync(toEmployment.ReferralId)).Status);
        Assert.Equal("#ConsentNarrowed", (await employment.Client.ReceivedAsync(toEmployment.ReferralId)).StatusReason);
        Assert.Equal(ReferralStatus.Sent, (await health.Client.ReceivedAsync(toHealth.ReferralId)).Status);
        view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        Assert.Equal([ServiceCategory.Health], view.Consent!.SharingWith);
        Assert.Equal(2, view.ConsentHistory.Count);
    }

    [Fact]
    public async Task A_childs_consent_is_given_by_a_proxy_whose_name_and_relationship_are_kept()
    {
        var office = await app.OfficeAsync();
        var child = ReceptionDriver.Adult("Brayan Alexander", "Pop", "Tzul", "2011-02-20").With("childStatus", "Unaccompanied").With("documents", Array.Empty<object>());
        var (_, c) = await office.ReturneeWithCaseAsync(child);
        var view = await office.CaseWorker.GetCaseAsync(c.CaseId);

        var self = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents", CaseDriver.Consent(view.Version));
        Assert.NotEmpty((await self.ProblemAsync(400)).FieldErrors("givenBy"));
        var unnamed = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents", CaseDriver.Consent(view.Version, givenBy: "Proxy"));
        var problem = await unnamed.ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("proxyName"));
        Assert.NotEmpty(problem.FieldErrors("proxyRelationship"));

        var ok = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/consents",
            CaseDriver.Consent(view.Version, givenBy: "Proxy", proxyName: "Licda. Marta Ajú, PGN", proxyRelationship: "ChildProtectionAuthority"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        Assert.Equal(ConsentGivenBy.Proxy, view.Consent!.GivenBy);
        Assert.Equal("Licda. Marta Ajú, PGN", view.Consent.ProxyName);
        Assert.Equal(ProxyRelationship.ChildProtectionAuthority, view.Consent.ProxyRelationship);
    }
}
