using Reintegra.Web.Domain;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>The funds' rules and the request's guards on their own, without a database.</summary>
public class FundRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 19, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly AvrActor Consul = new(Guid.NewGuid(), Guid.NewGuid());

    private static FundRules Crm(long? cap = Fund.CrmCapCents, EligibleGroup groups = Fund.CrmGroups, string currency = "USD", int olderAge = 70) =>
        new("Fondo de Reserva CRM", FundKind.CrmReserveFund, currency, cap, groups, olderAge, true);

    private static AvrRequest Request(string birth, Vulnerability vulnerabilities = Vulnerability.None, ChildStatus? child = null, long ticketCents = 50_000, bool consent = true)
    {
        var r = new AvrRequest(Guid.NewGuid(), Consul, Now);
        var date = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture);
        r.Edit(new AvrRequestDetails(
            new PersonIdentity("Ana", "López", null, Sex.Female, PersonBirth.Exact(date), "HN"), null, null, null, null, ["spa"],
            "MX", "Tapachula", "HN", null, null, "HN05", null, Guid.NewGuid(), child, vulnerabilities, SensitiveFlag.None, null, false, null,
            new AvrCosts("USD", ticketCents, 0, 0, 0)), [], Consul, Now, initial: true);
        if (consent)
        {
            r.RecordConsent(child is null ? ConsentGiver.Person : ConsentGiver.Proxy, "Tutora", "Madre", ConsentShare.Vulnerabilities, Consul, Now);
        }
        return r;
    }

    [Fact]
    public void The_crm_reserve_fund_rules_hold_and_other_funds_are_free_to_set_theirs()
    {
        Assert.Empty(Fund.Violations(Crm()));
        Assert.Equal(["Fund.CrmCap"], Fund.Violations(Crm(cap: Fund.CrmCapCents + 1)).Select(v => v.Code));
        Assert.Equal(["Fund.CrmCap"], Fund.Violations(Crm(cap: null)).Select(v => v.Code));
        Assert.Equal(["Fund.CrmGroups"], Fund.Violations(Crm(groups: EligibleGroup.None)).Select(v => v.Code));
        Assert.Equal(["Fund.CrmCurrency"], Fund.Violations(Crm(currency: "GTQ")).Select(v => v.Code));
        Assert.Equal(["Fund.CrmOlderPersonAge"], Fund.Violations(Crm(olderAge: 65)).Select(v => v.Code));
        Assert.Equal(["Fund.CapNotPositive"], Fund.Violations(Crm(cap: 0)).Select(v => v.Code).Take(1));
        Assert.Empty(Fund.Violations(new FundRules("Fondo nacional", FundKind.NationalFund, "HNL", null, EligibleGroup.None, 65, true)));
        Assert.Throws<DomainException>(() => new Fund(Guid.NewGuid(), Crm(cap: 2_000_00), Now));
    }

    [Theory]
    [InlineData("1950-01-01", Vulnerability.None, null, EligibleGroup.OlderPerson)]
    [InlineData("1956-11-20", Vulnerability.None, null, EligibleGroup.None)]
    [InlineData("1956-11-19", Vulnerability.None, null, EligibleGroup.OlderPerson)]
    [InlineData("1990-01-01", Vulnerability.Disability | Vulnerability.MentalHealthCondition, null, EligibleGroup.Disability | EligibleGroup.InjuryOrIllness)]
    [InlineData("2012-01-01", Vulnerability.None, ChildStatus.Unaccompanied, EligibleGroup.UnaccompaniedChild)]
    [InlineData("2012-01-01", Vulnerability.None, ChildStatus.Accompanied, EligibleGroup.None)]
    [InlineData("1990-01-01", Vulnerability.PregnantWoman | Vulnerability.Indigenous, null, EligibleGroup.None)]
    public void A_persons_fund_groups_follow_age_accompaniment_and_vulnerabilities(string birth, Vulnerability v, ChildStatus? child, EligibleGroup expected) =>
        Assert.Equal(expected, Request(birth, v, child).GroupsOn(Today, Fund.DefaultOlderPersonAge));

    [Fact]
    public void Every_rule_is_checked_and_shown()
    {
        var fund = new Fund(Guid.NewGuid(), Crm(), Now);
        var budget = new FundBudget(fund.Id, 2026, 60_000);
        var ok = fund.Evaluate(Request("1950-01-01"), budget, 2026, Today);
        Assert.True(ok.Passed);
        Assert.Equal(["Active", "Consent", "Currency", "Group", "Cap", "Budget"], ok.Rules.Select(r => r.Code));

        var over = fund.Evaluate(Request("1950-01-01", ticketCents: 100_001), new FundBudget(fund.Id, 2026, 1_000_000), 2026, Today);
        Assert.Equal(["Cap"], over.Rules.Where(r => !r.Passed).Select(r => r.Code));
        var poor = fund.Evaluate(Request("1950-01-01", ticketCents: 60_001), budget, 2026, Today);
        Assert.Equal(["Budget"], poor.Rules.Where(r => !r.Passed).Select(r => r.Code));
        var noBudgetYet = fund.Evaluate(Request("1950-01-01"), null, 2026, Today);
        Assert.Equal(["Budget"], noBudgetYet.Rules.Where(r => !r.Passed).Select(r => r.Code));
        var unconsented = fund.Evaluate(Request("1950-01-01", consent: false), budget, 2026, Today);
        Assert.Equal(["Consent"], unconsented.Rules.Where(r => !r.Passed).Select(r => r.Code));
        var young = fund.Evaluate(Request("1995-01-01"), budget, 2026, Today);
        Assert.Equal(["Group"], young.Rules.Where(r => !r.Passed).Select(r => r.Code));
    }

    [Fact]
    public void A_request_moves_only_along_its_lifecycle()
    {
        var r = Request("1950-01-01");
        Assert.Throws<DomainException>(() => r.ArrangeTravel(new TravelPlan(ReturnMode.Air, Now, Now.AddHours(3), null, null, null), Consul, Now));
        r.Submit(Consul, Now);
        Assert.Equal("Avr.NotDraft", Assert.Throws<DomainException>(() => r.Submit(Consul, Now)).Code);
        var fund = new Fund(Guid.NewGuid(), Crm(), Now);
        var check = fund.Evaluate(r, new FundBudget(fund.Id, 2026, 100_000), 2026, Today);
        Assert.Equal("Avr.NotChecked", Assert.Throws<DomainException>(() => r.Approve(check, Consul, Now)).Code);
        r.RecordEligibility(check, "{}", Consul, Now);
        r.Approve(check, Consul, Now);
        Assert.Equal((AvrStatus.Approved, 50_000L), (r.Status, r.CommittedCents));
        r.WithdrawConsent(Consul, Now);
        Assert.Equal("Avr.NoConsent", Assert.Throws<DomainException>(() => r.ArrangeTravel(new TravelPlan(ReturnMode.Air, Now, Now.AddHours(3), null, null, null), Consul, Now)).Code);
        Assert.Equal(30_000L, r.RecordSpending(30_000, Consul, Now));
        Assert.Equal(20_000L, r.RecordSpending(40_000, Consul, Now));
        Assert.Equal((0L, 70_000L), (r.CommittedCents, r.SpentCents));
        Assert.Equal(0L, r.Cancel("Ya no viaja", Consul, Now));
        Assert.Equal("Avr.CannotCancel", Assert.Throws<DomainException>(() => r.Cancel("otra vez", Consul, Now)).Code);
    }
}
