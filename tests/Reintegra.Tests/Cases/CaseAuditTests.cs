using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;

namespace Reintegra.Tests.Cases;

/// <summary>
/// Every view and change of a case and its referrals leaves its own entry in the audit trail, with who did it and for
/// which institution; bad input on the referral, transfer and household endpoints is refused per field and changes nothing.
/// </summary>
public class CaseAuditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_view_and_change_of_a_case_and_its_referral_has_its_own_audit_entry()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var elsewhere = await app.OfficeAsync();
        var (returnee, c) = await office.ReturneeWithCaseAsync();

        async Task<int> Entries(string action, string entity, Guid? institution) => await app.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.PersonId == returnee.PersonId && a.Action == action && a.EntityType == entity && (institution == null || a.InstitutionId == institution)));
        async Task Audited(string action, string entity, Func<Task> step, Guid? institution = null)
        {
            var before = await Entries(action, entity, institution ?? office.Institution.Id);
            await step();
            Assert.True(await Entries(action, entity, institution ?? office.Institution.Id) > before, $"{action} {entity}");
        }

        await Audited(AuditActions.Viewed, nameof(ReintegrationCase), () => office.CaseWorker.GetCaseAsync(c.CaseId));
        await Audited(AuditActions.Created, nameof(Consent), () => office.CaseWorker.ConsentAsync(c.CaseId));
        var memberId = Guid.Empty;
        await Audited(AuditActions.Created, nameof(CaseMember), async () =>
        {
            var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
            memberId = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/members",
                new { name = "Rosa Tzul", relationship = "Partner", birthYear = 1995, version = view.Version })).ReadAsync<Guid>();
        });
        await Audited(AuditActions.Deleted, nameof(CaseMember), async () =>
        {
            var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
            var removed = await office.CaseWorker.DeleteAsync($"/api/v1/cases/{c.CaseId}/members/{memberId}?version={view.Version}");
            Assert.True(removed.IsSuccessStatusCode, $"{(int)removed.StatusCode}");
        });
        await Audited(AuditActions.Updated, nameof(ReintegrationCase), () => office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Assessment));
        var assessmentId = Guid.Empty;
        await Audited(AuditActions.Created, nameof(NeedsAssessment), async () => assessmentId = await office.CaseWorker.AssessAsync(c.CaseId));
        await Audited(AuditActions.Viewed, nameof(NeedsAssessment), async () =>
            Assert.True((await office.CaseWorker.GetAsync($"/api/v1/cases/{c.CaseId}/assessments/{assessmentId}")).IsSuccessStatusCode));
        var actionId = Guid.Empty;
        await Audited(AuditActions.Created, nameof(PlanAction), async () => actionId = await office.CaseWorker.AddActionAsync(c.CaseId, CaseDriver.ReferralAction()));
        SendReferral.Result? referral = null;
        await Audited(AuditActions.Created, nameof(Referral), async () => referral = await office.CaseWorker.ReferAsync(c.CaseId, provider.ServiceId, actionId));
        await Audited(AuditActions.Viewed, nameof(Referral), async () =>
            Assert.True((await office.CaseWorker.GetAsync($"/api/v1/referrals/{referral!.ReferralId}")).IsSuccessStatusCode));

        // The provider's reads and answers are in the trail under the provider's institution.
        await Audited(AuditActions.Viewed, nameof(Referral), () => provider.Client.ReceivedAsync(referral!.ReferralId), provider.Institution.Id);
        await Audited(AuditActions.Updated, nameof(Referral), () => provider.Client.AnswerAsync(referral!.ReferralId, "accept"), provider.Institution.Id);
        await Audited(AuditActions.Updated, nameof(PlanAction), () => provider.Client.AnswerAsync(referral!.ReferralId, "complete", "Contratado"), provider.Institution.Id);

        await Audited(AuditActions.Listed, "Dashboard", async () =>
            Assert.True((await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).IsSuccessStatusCode));
        await Audited(AuditActions.Created, nameof(CaseTransfer), async () =>
        {
            var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
            var sent = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/transfers",
                new { toInstitutionId = elsewhere.Institution.Id, reason = "Se muda a Huehuetenango", version = view.Version });
            Assert.True(sent.IsSuccessStatusCode, $"{(int)sent.StatusCode}");
        });

        // Nobody's entry is anonymous: each names its user.
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == returnee.PersonId).ToListAsync());
        Assert.All(trail, a => Assert.NotNull(a.UserId));
    }

    [Fact]
    public async Task Bad_input_on_referral_transfer_and_household_endpoints_is_refused_per_field_and_changes_nothing()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        var referral = await office.CaseWorker.ReferAsync(c.CaseId, provider.ServiceId);
        await provider.Client.AnswerAsync(referral.ReferralId, "accept");
        var before = await office.CaseWorker.GetCaseAsync(c.CaseId);
        var referralsBefore = await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == c.CaseId));

        var send = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/referrals", new
        {
            serviceId = (Guid?)null,
            urgency = (string?)null,
            reason = "  ",
            sharedFields = Array.Empty<string>(),
            version = before.Version,
        });
        var problem = await send.ProblemAsync(400);
        foreach (var field in new[] { "serviceId", "urgency", "reason", "sharedFields" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }
        var unknownService = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/referrals", new
        {
            serviceId = Guid.NewGuid(),
            urgency = "Priority",
            reason = "Empleo",
            sharedFields = new[] { "Name" },
            version = before.Version,
        });
        Assert.NotEmpty((await unknownService.ProblemAsync(400)).FieldErrors("serviceId"));

        var received = await provider.Client.ReceivedAsync(referral.ReferralId);
        var complete = await provider.Client.PostJsonAsync($"/api/v1/received-referrals/{referral.ReferralId}/complete", new { text = "", version = received.Version });
        Assert.NotEmpty((await complete.ProblemAsync(400)).FieldErrors("text"));
        var tooLong = await provider.Client.PostJsonAsync($"/api/v1/received-referrals/{referral.ReferralId}/close", new { text = new string('x', 2001), version = received.Version });
        Assert.NotEmpty((await tooLong.ProblemAsync(400)).FieldErrors("text"));
        var withdraw = await office.CaseWorker.PostJsonAsync($"/api/v1/referrals/{referral.ReferralId}/withdraw", new { reason = "", version = received.Version });
        Assert.NotEmpty((await withdraw.ProblemAsync(400)).FieldErrors("reason"));

        var transfer = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/transfers", new { toInstitutionId = Guid.NewGuid(), reason = "", version = before.Version });
        problem = await transfer.ProblemAsync(400);
        Assert.NotEmpty(problem.FieldErrors("toInstitutionId"));
        Assert.NotEmpty(problem.FieldErrors("reason"));

        var member = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/members", new { name = "", relationship = (string?)null, birthYear = 1850, version = before.Version });
        problem = await member.ProblemAsync(400);
        foreach (var field in new[] { "name", "relationship", "birthYear" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        // In English too.
        var english = await app.ClientForAsync(office.CaseWorkerUser, "en");
        var englishSend = await english.PostJsonAsync($"/api/v1/cases/{c.CaseId}/referrals", new
        {
            serviceId = provider.ServiceId,
            urgency = "Priority",
            reason = "",
            sharedFields = new[] { "Name" },
            version = before.Version,
        });
        Assert.Equal("This field is required.", (await englishSend.ProblemAsync(400)).FieldErrors("reason").Single());

        var after = await office.CaseWorker.GetCaseAsync(c.CaseId);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Members);
        Assert.Equal(referralsBefore, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == c.CaseId)));
        Assert.False(await app.WithDbAsync(db => db.CaseTransfers.AnyAsync(t => t.CaseId == c.CaseId)));
        var unchanged = await provider.Client.ReceivedAsync(referral.ReferralId);
        Assert.Equal(ReferralStatus.Accepted, unchanged.Status);
        Assert.Equal(received.Version, unchanged.Version);
    }
}
