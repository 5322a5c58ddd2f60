using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>Funds through the API: their rules, the per-case cap, the remaining budget, and approvals racing for the same money.</summary>
public class FundTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_crm_reserve_fund_is_in_dollars_capped_at_1000_per_case_and_only_for_its_groups()
    {
        var (_, _, manager) = await app.SignedInAsync(Roles.FundManager);
        var before = await app.WithDbAsync(db => db.Funds.CountAsync());
        var tooHigh = await (await manager.PostJsonAsync("/api/v1/avr/funds", new { name = "CRM", kind = "CrmReserveFund", currency = "USD", perCaseCap = 1500m, eligibleGroups = new[] { "Disability" } })).ProblemAsync(400);
        Assert.Equal("El Fondo de Reserva de la CRM cubre como máximo USD 1,000 por caso.", tooHigh.FieldErrors("perCaseCap")[0]);
        var pesos = await (await manager.PostJsonAsync("/api/v1/avr/funds", new { name = "CRM", kind = "CrmReserveFund", currency = "MXN", perCaseCap = 1000m, eligibleGroups = new[] { "Disability" } })).ProblemAsync(400);
        Assert.NotEmpty(pesos.FieldErrors("currency"));
        var anyone = await (await manager.PostJsonAsync("/api/v1/avr/funds", new { name = "CRM", kind = "CrmReserveFund", currency = "USD", perCaseCap = 1000m })).ProblemAsync(400);
        Assert.NotEmpty(anyone.FieldErrors("eligibleGroups"));
        var noCap = await (await manager.PostJsonAsync("/api/v1/avr/funds", new { name = "CRM", kind = "CrmReserveFund", currency = "USD", eligibleGroups = new[] { "Disability" } })).ProblemAsync(400);
        Assert.NotEmpty(noCap.FieldErrors("perCaseCap"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Funds.CountAsync()));
        var (_, _, consul) = await app.SignedInAsync(Roles.ConsularOfficer);
        await (await consul.PostJsonAsync("/api/v1/avr/funds", new { name = "Mío", kind = "IomFund", currency = "USD" })).ProblemAsync(403);
    }

    [Fact]
    public async Task Approval_above_the_per_case_cap_is_refused_with_the_reason_and_commits_nothing()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.CheckedAsync(AvrDriver.Rosa(w.Office.Id).Costs(ticket: 900m, escort: 250m));
        var cap = Assert.Single(r.EligibilityCheck!.Rules, x => x.Code == "Cap");
        Assert.False(cap.Passed);
        var refused = await (await w.Manager.StepAsync(r, "approve")).ProblemAsync(409);
        Assert.Equal("No se puede aprobar. El costo (USD 1,150.00) supera el tope por caso del fondo (USD 1,000.00).", (string?)refused["detail"]);
        var fund = await w.FundAsync();
        Assert.Equal((0m, 5000m), (fund.Committed, fund.Remaining));
        var still = await (await w.Manager.GetAsync($"/api/v1/avr/requests/{r.Id}")).ReadAsync<RequestView.Details>();
        Assert.Equal((AvrStatus.EligibilityChecked, r.Version), (still.Status, still.Version));
        var en = await app.ClientForAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager), "en");
        var english = await (await en.StepAsync(r, "approve")).ProblemAsync(409);
        Assert.Equal("Cannot be approved. The cost (USD 1,150.00) is above the fund's per-case cap (USD 1,000.00).", (string?)english["detail"]);

        // Spending is held to the cap too.
        var ok = await w.Manager.DoAsync(await w.CheckedAsync(), "approve");
        var over = await (await w.Manager.StepAsync(ok, "spending", new() { ["amount"] = 1000.01m })).ProblemAsync(409);
        Assert.Contains("1,000.01", (string?)over["detail"], StringComparison.Ordinal);
        Assert.Equal(800m, (await w.FundAsync()).Committed);
    }

    [Fact]
    public async Task The_crm_fund_refuses_a_person_outside_its_groups_but_an_iom_fund_without_groups_may_pay()
    {
        var crm = await app.AvrWorldAsync();
        var adult = AvrDriver.Rosa(crm.Office.Id).With("birthDate", "1990-01-01").With("vulnerabilities", new[] { "SingleParent" }).With("escortRequired", false);
        var r = await crm.CheckedAsync(adult);
        Assert.Contains(r.EligibilityCheck!.Rules, x => x.Code == "Group" && !x.Passed);
        var refused = await (await crm.Manager.StepAsync(r, "approve")).ProblemAsync(409);
        Assert.Contains("ninguno de los grupos", (string?)refused["detail"], StringComparison.Ordinal);

        var iom = await app.AvrWorldAsync(FundKind.IomFund, budget: 20_000m, cap: null);
        var paid = await iom.Manager.DoAsync(await iom.CheckedAsync(AvrDriver.Rosa(iom.Office.Id).With("birthDate", "1990-01-01").With("vulnerabilities", new[] { "SingleParent" }).Costs(ticket: 1800m)), "approve");
        Assert.Equal((AvrStatus.Approved, 1800m), (paid.Status, paid.Committed));
        Assert.DoesNotContain(paid.EligibilityCheck!.Rules, x => x.Code is "Group" or "Cap");
    }

    [Fact]
    public async Task Approval_beyond_the_remaining_budget_is_refused_and_the_dashboard_adds_up()
    {
        var w = await app.AvrWorldAsync(budget: 1000m);
        var first = await w.Manager.DoAsync(await w.CheckedAsync(), "approve");
        var child = await w.CheckedAsync(AvrDriver.Child(w.Office.Id).Costs(ticket: 300m));
        Assert.Contains(child.EligibilityCheck!.Rules, x => x.Code == "Budget" && !x.Passed);
        var refused = await (await w.Manager.StepAsync(child, "approve")).ProblemAsync(409);
        Assert.Equal("No se puede aprobar. El costo (USD 300.00) supera el presupuesto restante de 2026 (USD 200.00).", (string?)refused["detail"]);

        await (await w.Manager.PutJsonAsync($"/api/v1/avr/funds/{w.FundId}/budgets/2026", new { amount = 700m })).ProblemAsync(409);
        await w.Manager.PutJsonAsync($"/api/v1/avr/funds/{w.FundId}/budgets/2026", new { amount = 1100m });
        child = await w.Manager.DoAsync(child, "eligibility", new() { ["fundId"] = w.FundId });
        child = await w.Manager.DoAsync(child, "approve");
        var dashboard = await (await w.Manager.GetAsync("/api/v1/avr/funds?year=2026")).ReadAsync<List<ManageFunds.FundSummary>>();
        var fund = Assert.Single(dashboard);
        Assert.Equal((1100m, 1100m, 0m, 0m, 2), (fund.Budget!.Value, fund.Committed, fund.Spent, fund.Remaining, fund.Cases));
        Assert.Equal(
            [(EligibleGroup.UnaccompaniedChild, 1), (EligibleGroup.Disability, 1), (EligibleGroup.OlderPerson, 1), (EligibleGroup.InjuryOrIllness, 0)],
            fund.CasesByGroup.Select(g => (g.Group, g.Cases)));
        Assert.Equal(first.Id, (await (await w.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}/ledger")).ReadAsync<ManageFunds.Ledger>()).Items[^1].RequestId);
    }

    [Fact]
    public async Task Approvals_racing_for_the_same_budget_never_overspend_it()
    {
        const int racers = 6;
        var w = await app.AvrWorldAsync(budget: 2000m);
        var managers = new List<HttpClient>();
        var requests = new List<RequestView.Details>();
        for (var i = 0; i < racers; i++)
        {
            requests.Add(await w.CheckedAsync());
            managers.Add(await app.ClientForAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager)));
        }
        Assert.All(requests, r => Assert.True(r.EligibilityCheck!.Passed));

        using var start = new SemaphoreSlim(0);
        var tasks = requests.Select((r, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await managers[i].StepAsync(r, "approve");
        })).ToList();
        start.Release(racers);
        var responses = await Task.WhenAll(tasks);

        var approved = responses.Count(x => x.IsSuccessStatusCode);
        foreach (var refused in responses.Where(x => !x.IsSuccessStatusCode))
        {
            var problem = await refused.ProblemAsync(409);
            Assert.Equal("Avr.Refused", (string?)problem["code"]);
        }
        Assert.Equal(2, approved);
        var (budget, commitments, statuses) = await app.WithDbAsync(async db => (
            await db.FundBudgets.AsNoTracking().SingleAsync(b => b.FundId == w.FundId && b.Year == 2026),
            await db.FundLedger.Where(l => l.FundId == w.FundId && l.Kind == LedgerEntryKind.Commitment).SumAsync(l => l.AmountCents),
            await db.AvrRequests.Where(r => r.FundId == w.FundId).Select(r => r.Status).ToListAsync()));
        Assert.Equal((200_000L, 160_000L, 160_000L), (budget.BudgetCents, budget.CommittedCents, commitments));
        Assert.Equal(2, statuses.Count(s => s == AvrStatus.Approved));
        Assert.Equal(racers - 2, statuses.Count(s => s == AvrStatus.EligibilityChecked));
    }
}
