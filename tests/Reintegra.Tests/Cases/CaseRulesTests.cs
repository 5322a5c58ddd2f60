using Reintegra.Web.Domain;

namespace Reintegra.Tests.Cases;

/// <summary>The rules a case, its consent, its plan and its referrals keep, without a database.</summary>
public class CaseRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 19);
    private static readonly Guid Worker = Guid.CreateVersion7();

    private static ReintegrationCase NewCase(ChildStatus? child = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Worker, Worker, null, child, Vulnerability.None, null, Today, CaseSchedule.Default, Now);

    private static CaseProgress Progress(bool consent = true, bool assessment = true, bool planReady = true, bool finished = true, bool done = true, bool childProtection = false) =>
        new(consent, assessment, planReady, finished, done, childProtection);

    private static ConsentTerms Terms(ServiceCategory[]? sharing = null, SharedField fields = SharedField.Name | SharedField.SexAndAge,
        ConsentGivenBy by = ConsentGivenBy.Person, string? proxy = null, ProxyRelationship? relationship = null) =>
        new(true, sharing ?? [ServiceCategory.Employment], fields, true, false, by, proxy, relationship, Today, null);

    [Fact]
    public void A_new_case_is_open_with_assessment_and_plan_due_by_the_schedule()
    {
        var c = NewCase();
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(Today.AddDays(14), c.AssessmentDueOn);
        Assert.Equal(Today.AddDays(30), c.PlanDueOn);
        Assert.False(c.ChildProtectionRequired);
    }

    [Theory]
    [InlineData(CaseStatus.Plan)]
    [InlineData(CaseStatus.Implementation)]
    [InlineData(CaseStatus.FollowUp)]
    public void A_case_cannot_skip_stages(CaseStatus target)
    {
        var c = NewCase();
        var e = Assert.Throws<DomainException>(() => c.MoveTo(target, Progress(), Today, CaseSchedule.Default, Now));
        Assert.Equal("Case.TransitionNotAllowed", e.Code);
    }

    [Fact]
    public void Each_stage_needs_what_the_one_before_produces()
    {
        var c = NewCase();
        Assert.Equal("Case.ConsentRequired", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.Assessment, Progress(consent: false), Today, CaseSchedule.Default, Now)).Code);
        c.MoveTo(CaseStatus.Assessment, Progress(), Today, CaseSchedule.Default, Now);
        Assert.Equal("Case.AssessmentRequired", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.Plan, Progress(assessment: false), Today, CaseSchedule.Default, Now)).Code);
        c.MoveTo(CaseStatus.Plan, Progress(), Today, CaseSchedule.Default, Now);
        Assert.Equal("Case.PlanNotReady", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.Implementation, Progress(planReady: false), Today, CaseSchedule.Default, Now)).Code);
        c.MoveTo(CaseStatus.Implementation, Progress(), Today, CaseSchedule.Default, Now);
        Assert.Equal("Case.ActionsNotFinished", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.FollowUp, Progress(finished: false), Today, CaseSchedule.Default, Now)).Code);
        Assert.Equal("Case.ActionsNotFinished", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.FollowUp, Progress(done: false), Today, CaseSchedule.Default, Now)).Code);
        c.MoveTo(CaseStatus.FollowUp, Progress(), Today, CaseSchedule.Default, Now);
        Assert.Equal(Today.AddDays(90), c.FollowUpDueOn);
        // Back to implementation when more support is needed; the follow-up date goes with it.
        c.MoveTo(CaseStatus.Implementation, Progress(), Today, CaseSchedule.Default, Now);
        Assert.Null(c.FollowUpDueOn);
    }

    [Theory]
    [InlineData(ChildStatus.Unaccompanied)]
    [InlineData(ChildStatus.Separated)]
    public void An_unaccompanied_or_separated_childs_case_does_not_move_without_a_live_child_protection_referral(ChildStatus status)
    {
        var c = NewCase(status);
        Assert.True(c.ChildProtectionRequired);
        var e = Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.Assessment, Progress(childProtection: false), Today, CaseSchedule.Default, Now));
        Assert.Equal("Case.ChildProtectionReferralRequired", e.Code);
        c.MoveTo(CaseStatus.Assessment, Progress(childProtection: true), Today, CaseSchedule.Default, Now);
        Assert.Equal(CaseStatus.Assessment, c.Status);
    }

    [Fact]
    public void An_accompanied_child_needs_no_child_protection_referral_and_one_can_be_required_later()
    {
        var c = NewCase(ChildStatus.Accompanied);
        Assert.False(c.ChildProtectionRequired);
        Assert.Equal("Case.ChildStatusNotProtected", Assert.Throws<DomainException>(() => c.MarkChildProtection(ChildStatus.Accompanied, Now)).Code);
        c.MarkChildProtection(ChildStatus.Separated, Now);
        Assert.True(c.ChildProtectionRequired);
    }

    [Fact]
    public void Closing_needs_a_reason_plan_completed_needs_finished_actions_and_other_needs_a_note()
    {
        var c = NewCase();
        Assert.Equal("Case.CloseNeedsReason", Assert.Throws<DomainException>(() => c.MoveTo(CaseStatus.Closed, Progress(), Today, CaseSchedule.Default, Now)).Code);
        Assert.Equal("Case.PlanNotCompleted", Assert.Throws<DomainException>(() => c.Close(CaseClosureReason.PlanCompleted, null, Progress(), Now)).Code);
        Assert.Equal("Case.ClosureNoteRequired", Assert.Throws<DomainException>(() => c.Close(CaseClosureReason.Other, " ", Progress(), Now)).Code);
        c.Close(CaseClosureReason.Unreachable, null, Progress(), Now);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Null(c.AssessmentDueOn);
        Assert.Equal("Case.Closed", Assert.Throws<DomainException>(() => c.Reassign(Guid.CreateVersion7(), Now)).Code);
    }

    [Fact]
    public void A_new_consent_supersedes_the_current_one_and_withdrawal_leaves_none()
    {
        var c = NewCase();
        var first = c.RecordConsent(Terms(), personIsChild: false, Worker, Now);
        var second = c.RecordConsent(Terms([ServiceCategory.Health]), personIsChild: false, Worker, Now.AddDays(1));
        Assert.False(first.IsCurrent);
        Assert.Same(second, c.CurrentConsent);
        c.WithdrawConsent("Ya no quiere participar", Worker, Now.AddDays(2));
        Assert.Null(c.CurrentConsent);
        Assert.False(second.Allows(ServiceCategory.Health, SharedField.Name));
        Assert.Equal("Consent.NoneToWithdraw", Assert.Throws<DomainException>(() => c.WithdrawConsent("otra vez", Worker, Now)).Code);
    }

    [Fact]
    public void A_childs_consent_is_given_by_a_named_proxy()
    {
        var c = NewCase(ChildStatus.Unaccompanied);
        Assert.Equal("Consent.ProxyRequiredForChild", Assert.Throws<DomainException>(() => c.RecordConsent(Terms(), personIsChild: true, Worker, Now)).Code);
        Assert.Equal("Consent.ProxyDetailsRequired",
            Assert.Throws<DomainException>(() => c.RecordConsent(Terms(by: ConsentGivenBy.Proxy), personIsChild: true, Worker, Now)).Code);
        var consent = c.RecordConsent(Terms(by: ConsentGivenBy.Proxy, proxy: "Licda. Ana Tzul (PGN)", relationship: ProxyRelationship.ChildProtectionAuthority), true, Worker, Now);
        Assert.Equal("Licda. Ana Tzul (PGN)", consent.ProxyName);
        Assert.Equal(ProxyRelationship.ChildProtectionAuthority, consent.ProxyRelationship);
    }

    [Fact]
    public void Consent_allows_a_kind_of_service_and_only_the_fields_it_names()
    {
        var c = NewCase();
        var consent = c.RecordConsent(Terms([ServiceCategory.Employment, ServiceCategory.Health], SharedField.Name | SharedField.Contact), false, Worker, Now);
        Assert.True(consent.Allows(ServiceCategory.Employment, SharedField.Name));
        Assert.True(consent.Allows(ServiceCategory.Health, SharedField.Name | SharedField.Contact));
        Assert.False(consent.Allows(ServiceCategory.Housing, SharedField.Name));
        Assert.False(consent.Allows(ServiceCategory.Employment, SharedField.Name | SharedField.Documents));
        Assert.Equal([ServiceCategory.Health, ServiceCategory.Employment], consent.SharingWith);
    }

    [Fact]
    public void A_plan_above_the_threshold_waits_for_a_supervisor_who_is_not_the_requester()
    {
        var plan = new ReintegrationPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "USD", Now);
        plan.AddAction(new PlanActionDetails(Dimension.Economic, InterventionLevel.Individual, PlanActionKind.CashGrant, "Capital semilla", 800m, null, null), 1000m, Worker, Now);
        var big = plan.AddAction(new PlanActionDetails(Dimension.Economic, InterventionLevel.Individual, PlanActionKind.MicroBusinessSupport, "Equipo", 700m, null, null), 1000m, Worker, Now);
        Assert.Equal(1500m, plan.CommittedAmount);
        Assert.True(plan.NeedsApproval(1000m));
        plan.Agree(Today, 1000m, Worker, Now);
        Assert.Equal(PlanStatus.PendingApproval, plan.Status);
        Assert.False(plan.IsReady(1000m));
        Assert.Equal("Plan.AwaitingApproval", Assert.Throws<DomainException>(() => plan.SetGoal("otro", Now)).Code);
        Assert.Equal("Plan.SelfApproval", Assert.Throws<DomainException>(() => plan.Approve(Worker, Now)).Code);
        var supervisor = Guid.CreateVersion7();
        plan.Approve(supervisor, Now);
        Assert.True(plan.IsReady(1000m));
        Assert.Equal(1500m, plan.ApprovedAmount);

        // Within what was approved, changes keep the plan agreed; more money sends it back to draft.
        plan.ChangeAction(big, new PlanActionDetails(Dimension.Economic, InterventionLevel.Individual, PlanActionKind.MicroBusinessSupport, "Equipo", 600m, null, null), 1000m, Now);
        Assert.Equal(PlanStatus.Agreed, plan.Status);
        plan.ChangeAction(big, new PlanActionDetails(Dimension.Economic, InterventionLevel.Individual, PlanActionKind.MicroBusinessSupport, "Equipo", 900m, null, null), 1000m, Now);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal("Plan.MoneyNotApproved", Assert.Throws<DomainException>(() => plan.SetActionStatus(big, PlanActionStatus.InProgress, null, 1000m, Now)).Code);
    }

    [Fact]
    public void A_plan_within_the_threshold_is_agreed_at_once()
    {
        var plan = new ReintegrationPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "USD", Now);
        Assert.Equal("Plan.NoActions", Assert.Throws<DomainException>(() => plan.Agree(Today, 1000m, Worker, Now)).Code);
        plan.AddAction(new PlanActionDetails(Dimension.Economic, InterventionLevel.Individual, PlanActionKind.CashGrant, "Apoyo", 1000m, null, null), 1000m, Worker, Now);
        plan.Agree(Today, 1000m, Worker, Now);
        Assert.Equal(PlanStatus.Agreed, plan.Status);
        Assert.True(plan.IsReady(1000m));
    }

    [Theory]
    [InlineData(PlanActionKind.CashGrant, null, null, "Plan.AmountRequired")]
    [InlineData(PlanActionKind.Referral, 10.0, ServiceCategory.Health, "Plan.NoAmountForReferral")]
    [InlineData(PlanActionKind.Referral, null, null, "Plan.ServiceCategoryRequired")]
    [InlineData(PlanActionKind.InKindGrant, -5.0, null, "Plan.AmountOutOfRange")]
    [InlineData(PlanActionKind.MicroBusinessSupport, 20000000.0, null, "Plan.AmountOutOfRange")]
    public void An_action_states_an_amount_exactly_when_it_is_direct_assistance(PlanActionKind kind, double? amount, ServiceCategory? category, string code)
    {
        var plan = new ReintegrationPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "USD", Now);
        var details = new PlanActionDetails(Dimension.Social, InterventionLevel.Community, kind, "x", (decimal?)amount, category, null);
        Assert.Equal(code, Assert.Throws<DomainException>(() => plan.AddAction(details, 1000m, Worker, Now)).Code);
    }

    [Fact]
    public void A_referral_action_follows_its_referral()
    {
        var plan = new ReintegrationPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), "USD", Now);
        var action = plan.AddAction(new PlanActionDetails(Dimension.Social, InterventionLevel.Individual, PlanActionKind.Referral, "Salud", null, ServiceCategory.Health, null), 1000m, Worker, Now);
        Assert.Equal("Plan.ReferralActionFollowsReferral", Assert.Throws<DomainException>(() => plan.SetActionStatus(action, PlanActionStatus.Done, null, 1000m, Now)).Code);
        action.Referred(Guid.CreateVersion7());
        Assert.Equal(PlanActionStatus.InProgress, action.Status);
        Assert.Equal("Plan.ActionAlreadyReferred", Assert.Throws<DomainException>(() => action.Referred(Guid.CreateVersion7())).Code);
        action.FollowReferral(ReferralStatus.Declined, null, Now);
        Assert.Equal(PlanActionStatus.Planned, action.Status);
        action.Referred(Guid.CreateVersion7());
        action.FollowReferral(ReferralStatus.Completed, "Atendido", Now);
        Assert.Equal(PlanActionStatus.Done, action.Status);
        Assert.Equal("Atendido", action.Outcome);
    }

    [Fact]
    public void A_referral_moves_only_along_its_lifecycle_and_keeps_each_step()
    {
        var r = NewReferral();
        var provider = Guid.CreateVersion7();
        Assert.Equal("Referral.WrongState", Assert.Throws<DomainException>(() => r.Start(provider, provider, Now)).Code);
        Assert.Equal("Referral.WrongState", Assert.Throws<DomainException>(() => r.Complete("x", provider, provider, Now)).Code);
        Assert.Equal("Referral.StillOpen", Assert.Throws<DomainException>(() => r.MarkFollowedUp(Now)).Code);
        r.Accept(provider, provider, Now.AddDays(1));
        Assert.Equal("Referral.WrongState", Assert.Throws<DomainException>(() => r.Decline("tarde", provider, provider, Now)).Code);
        r.Start(provider, provider, Now.AddDays(3));
        r.Complete("Consulta médica y tratamiento", provider, provider, Now.AddDays(4));
        Assert.Equal("Referral.NotOpen", Assert.Throws<DomainException>(() => r.Withdraw("x", false, Worker, Worker, Now)).Code);
        var steps = r.TimeInStates(Now.AddDays(30));
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed], steps.Select(s => s.Status));
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(1), TimeSpan.Zero], steps.Select(s => s.Duration));
        r.MarkFollowedUp(Now.AddDays(5));
        Assert.NotNull(r.FollowedUpAt);
    }

    [Fact]
    public void Withdrawing_for_consent_erases_what_was_shared()
    {
        var r = NewReferral();
        Assert.Equal("Ana", r.Snapshot.GivenNames);
        r.Withdraw("#ConsentWithdrawn", eraseSharedData: true, Worker, Worker, Now);
        Assert.Equal(ReferralStatus.Withdrawn, r.Status);
        Assert.Null(r.Snapshot.GivenNames);
        Assert.Null(r.Snapshot.Age);
        Assert.Equal(SharedField.None, r.Snapshot.Fields);
        Assert.NotNull(r.Snapshot.ErasedAt);
        Assert.False(r.IsLiveChildProtection);
    }

    [Fact]
    public void The_snapshot_holds_only_the_fields_shared()
    {
        var person = new Person(new PersonIdentity("Ana", "Tzul", "Coc", Sex.Female, new PersonBirth(new DateOnly(2010, 5, 1), 2010, BirthDatePrecision.Exact), "GT"), Guid.CreateVersion7(), Now);
        person.SetContact("GT13", "GT1301", "+502 5555 1234", ["spa", "mam"]);
        person.AddDocument(DocumentType.BirthCertificate, "1234567891301", "GT");
        var s = ReferralSnapshot.Build(SharedField.SexAndAge | SharedField.Place, person, 16, "GT13", "GT1301", Vulnerability.UnaccompaniedChild, null);
        Assert.Null(s.GivenNames);
        Assert.Null(s.Phone);
        Assert.Null(s.Documents);
        Assert.Null(s.BirthDate);
        Assert.Null(s.Vulnerabilities);
        Assert.Equal(Sex.Female, s.Sex);
        Assert.Equal(16, s.Age);
        Assert.True(s.IsChild);
        Assert.Equal("GT1301", s.Adm2);
    }

    [Theory]
    [InlineData(16, null, Vulnerability.None, "Age")]
    [InlineData(30, Sex.Female, Vulnerability.None, "Sex")]
    [InlineData(30, Sex.Male, Vulnerability.SingleParent, "Vulnerability")]
    [InlineData(30, Sex.Male, Vulnerability.Disability, null)]
    [InlineData(null, null, Vulnerability.Disability | Vulnerability.OlderPerson, null)]
    public void Eligibility_rules_out_only_what_is_known(int? age, Sex? sex, Vulnerability vulnerabilities, string? why)
    {
        var service = new Service(new ServiceDetails(Guid.CreateVersion7(), "Taller de prótesis", ServiceCategory.Health, null, [], 18, 65, Sex.Male,
            Vulnerability.Disability, [], null, null, null, null, true), Now);
        Assert.Equal(why, service.Ineligibility(age, sex, vulnerabilities));
    }

    [Fact]
    public void A_transfer_goes_elsewhere_and_is_answered_once()
    {
        var c = NewCase();
        Assert.Equal("Transfer.SameInstitution", Assert.Throws<DomainException>(() => new CaseTransfer(c, c.InstitutionId, "x", Worker, Now)).Code);
        var to = Guid.CreateVersion7();
        var t = new CaseTransfer(c, to, "Se mudó a Quetzaltenango", Worker, Now);
        var receiver = Guid.CreateVersion7();
        t.Accept(c, receiver, receiver, Now);
        Assert.Equal(to, c.InstitutionId);
        Assert.Equal(receiver, c.CaseWorkerId);
        Assert.Equal("Transfer.NotPending", Assert.Throws<DomainException>(() => t.Decline("no", receiver, Now)).Code);
    }

    private static Referral NewReferral()
    {
        var person = new Person(new PersonIdentity("Ana", "Tzul", null, Sex.Female, new PersonBirth(null, 1990, BirthDatePrecision.YearOnly), "GT"), Guid.CreateVersion7(), Now);
        var service = new Service(new ServiceDetails(Guid.CreateVersion7(), "Centro de salud", ServiceCategory.Health, null, [], null, null, null,
            Vulnerability.None, [], null, null, null, null, true), Now);
        return new Referral(new ReferralOrigin(person.Id, Worker, Guid.CreateVersion7(), null, null), service, ReferralUrgency.Routine, "Control",
            ReferralSnapshot.Build(SharedField.Name | SharedField.SexAndAge, person, 36, null, null, Vulnerability.None, null),
            new ReferralAuthority(Guid.CreateVersion7(), null), Worker, Now);
    }
}
