using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Cases;

/// <summary>A case from reception to closure through the API: consent, assessment, plan, referral answered by the provider.</summary>
public class CaseLifecycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_case_goes_from_reception_to_closure_with_a_referral_the_provider_completes()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (returnee, opened) = await office.ReturneeWithCaseAsync();
        Assert.Equal(CaseStatus.Open, opened.Status);
        Assert.False(opened.ChildProtectionRequired);

        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);
        Assert.Equal(returnee.PersonId, c.Person.Id);
        Assert.Equal(returnee.ReturnId, c.ReturnEventId);
        Assert.Equal(new DateOnly(2026, 12, 3), c.AssessmentDueOn);
        Assert.Equal([CaseStatus.Assessment], c.NextSteps);

        // No assessment without consent to collect data.
        var early = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/move", new { to = "Assessment", version = c.Version });
        Assert.Equal("Case.ConsentRequired", (string?)(await early.ProblemAsync(409))["code"]);

        await office.CaseWorker.ConsentAsync(c.Id);
        await office.CaseWorker.MoveAsync(c.Id, CaseStatus.Assessment);
        await office.CaseWorker.AssessAsync(c.Id, NeedLevel.High);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Null(c.AssessmentDueOn);
        Assert.Equal(NeedLevel.High, c.LatestAssessment!.Dimensions.Single(d => d.Dimension == Dimension.Economic).Level);
        Assert.Equal("7112", c.LatestAssessment.Occupations.Single().IscoCode);

        await office.CaseWorker.MoveAsync(c.Id, CaseStatus.Plan);
        var referralAction = await office.CaseWorker.AddActionAsync(c.Id, CaseDriver.ReferralAction());
        var grant = await office.CaseWorker.AddActionAsync(c.Id, CaseDriver.Grant(400m));
        Assert.Equal(PlanStatus.Agreed, await office.CaseWorker.AgreeAsync(c.Id));
        await office.CaseWorker.MoveAsync(c.Id, CaseStatus.Implementation);

        var sent = await office.CaseWorker.ReferAsync(c.Id, provider.ServiceId, referralAction);
        Assert.StartsWith("R-", sent.Reference);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(PlanActionStatus.InProgress, c.Plan!.Actions.Single(a => a.Id == referralAction).Status);

        // The provider sees it in the inbox, with only what was shared.
        var inbox = await (await provider.Client.GetAsync("/api/v1/received-referrals")).ReadAsync<Reintegra.Web.Features.Referrals.ReceivedReferrals.Inbox>();
        Assert.Equal(sent.ReferralId, Assert.Single(inbox.Items).Id);
        var seen = await provider.Client.ReceivedAsync(sent.ReferralId);
        Assert.Equal("José Luis", seen.Person.GivenNames);
        Assert.Equal(32, seen.Person.Age);
        Assert.Null(seen.Person.BirthDate);
        Assert.Empty(seen.Person.Documents);
        Assert.Empty(seen.Person.Needs);

        app.Clock.Advance(TimeSpan.FromDays(2));
        provider = await app.SignInAgainAsync(provider);
        await provider.Client.AnswerAsync(sent.ReferralId, "accept");
        app.Clock.Advance(TimeSpan.FromDays(1));
        provider = await app.SignInAgainAsync(provider);
        await provider.Client.AnswerAsync(sent.ReferralId, "start");
        app.Clock.Advance(TimeSpan.FromDays(10));
        provider = await app.SignInAgainAsync(provider);
        await provider.Client.AnswerAsync(sent.ReferralId, "complete", "Contratado como albañil por Constructora del Altiplano desde el 2 de diciembre.");
        office = await app.SignInAgainAsync(office);

        var followed = await (await office.CaseWorker.GetAsync($"/api/v1/referrals/{sent.ReferralId}")).ReadAsync<Reintegra.Web.Features.Referrals.ReferralView>();
        Assert.Equal(ReferralStatus.Completed, followed.Status);
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed], followed.Steps.Select(s => s.Status));
        Assert.InRange(followed.Steps[0].Duration.TotalHours, 47.9, 48.1);
        Assert.InRange(followed.Steps[2].Duration.TotalHours, 239.9, 240.1);

        c = await office.CaseWorker.GetCaseAsync(c.Id);
        var done = c.Plan!.Actions.Single(a => a.Id == referralAction);
        Assert.Equal(PlanActionStatus.Done, done.Status);
        Assert.Contains("Constructora del Altiplano", done.Outcome);

        // Not yet: the grant is still planned.
        var tooEarly = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/move", new { to = "FollowUp", version = c.Version });
        Assert.Equal("Case.ActionsNotFinished", (string?)(await tooEarly.ProblemAsync(409))["code"]);
        var g = c.Plan.Actions.Single(a => a.Id == grant);
        var status = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/plan/actions/{grant}/status", new { status = "Done", outcome = "Entregado", version = g.Version });
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        await office.CaseWorker.MoveAsync(c.Id, CaseStatus.FollowUp);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(new DateOnly(2027, 3, 2), c.FollowUpDueOn);

        var close = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/close", new { reason = "PlanCompleted", version = c.Version });
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(CaseClosureReason.PlanCompleted, c.ClosureReason);
        Assert.Empty(c.NextSteps);

        // Every read and change of the case is in the trail.
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == returnee.PersonId).ToListAsync());
        Assert.Contains(trail, a => a is { Action: AuditActions.Created, EntityType: nameof(ReintegrationCase) });
        Assert.Contains(trail, a => a is { Action: AuditActions.Viewed, EntityType: nameof(ReintegrationCase) });
        Assert.Contains(trail, a => a is { Action: AuditActions.Created, EntityType: nameof(Consent) });
        Assert.Contains(trail, a => a is { Action: AuditActions.Created, EntityType: nameof(NeedsAssessment) });
        Assert.Contains(trail, a => a is { Action: AuditActions.Viewed, EntityType: nameof(Referral) } && a.InstitutionId == provider.Institution.Id);
        Assert.Contains(trail, a => a is { Action: AuditActions.Updated, EntityType: nameof(ReintegrationCase) } && a.Detail!.Contains("ClosureReason"));
    }
}
