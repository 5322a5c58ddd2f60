using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Tests.Cases;

/// <summary>A plan that commits money above the configured amount needs a supervisor; two people editing a plan never overwrite each other.</summary>
public class PlanApprovalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(CaseDriver.Office Office, Guid CaseId)> CaseInPlanAsync()
    {
        var office = await app.OfficeAsync();
        var (_, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        await office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Assessment);
        await office.CaseWorker.AssessAsync(c.CaseId);
        await office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Plan);
        return (office, c.CaseId);
    }

    [Fact]
    public async Task A_plan_above_the_threshold_waits_for_another_supervisor_before_implementation()
    {
        var (office, caseId) = await CaseInPlanAsync();
        await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(900m));
        var equipment = await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(600m, "MicroBusinessSupport"));
        Assert.Equal(PlanStatus.PendingApproval, await office.CaseWorker.AgreeAsync(caseId));

        var c = await office.CaseWorker.GetCaseAsync(caseId);
        Assert.Equal(1500m, c.Plan!.CommittedAmount);
        Assert.True(c.Plan.NeedsApproval);
        Assert.Equal("USD", c.Plan.Currency);
        var early = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/move", new { to = "Implementation", version = c.Version });
        Assert.Equal("Case.PlanNotReady", (string?)(await early.ProblemAsync(409))["code"]);
        var start = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/plan/actions/{equipment}/status",
            new { status = "InProgress", version = c.Plan.Actions.Single(a => a.Id == equipment).Version });
        Assert.Equal("Plan.MoneyNotApproved", (string?)(await start.ProblemAsync(409))["code"]);
        var change = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/plan/actions", new
        {
            dimension = "Social",
            level = "Individual",
            kind = "InKindGrant",
            description = "Útiles escolares",
            amount = 50m,
            version = c.Plan.Version,
        });
        Assert.Equal("Plan.AwaitingApproval", (string?)(await change.ProblemAsync(409))["code"]);

        // The case worker may not approve; a supervisor of the institution may, and it shows on their dashboard first.
        await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/plan/approve", new { version = c.Plan.Version })).ProblemAsync(403);
        var dashboard = await (await office.Supervisor.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        var pending = Assert.Single(dashboard.Approvals);
        Assert.Equal(1500m, pending.Amount);
        Assert.Equal(caseId, pending.CaseId);
        var approve = await office.Supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/plan/approve", new { version = c.Plan.Version });
        Assert.Equal(HttpStatusCode.NoContent, approve.StatusCode);

        c = await office.CaseWorker.GetCaseAsync(caseId);
        Assert.Equal(PlanStatus.Agreed, c.Plan!.Status);
        Assert.Equal(1500m, c.Plan.ApprovedAmount);
        Assert.Null(c.PlanDueOn);
        await office.CaseWorker.MoveAsync(caseId, CaseStatus.Implementation);

        // More money than approved: back to draft, and the money waits again.
        var more = await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(200m, "InKindGrant"));
        c = await office.CaseWorker.GetCaseAsync(caseId);
        Assert.Equal(PlanStatus.Draft, c.Plan!.Status);
        var blocked = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/plan/actions/{more}/status",
            new { status = "Done", version = c.Plan.Actions.Single(a => a.Id == more).Version });
        Assert.Equal("Plan.MoneyNotApproved", (string?)(await blocked.ProblemAsync(409))["code"]);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request_and_a_returned_plan_becomes_a_task()
    {
        var (office, caseId) = await CaseInPlanAsync();
        await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(5000m));
        Assert.Equal(PlanStatus.PendingApproval, await office.Supervisor.AgreeAsync(caseId));
        var c = await office.Supervisor.GetCaseAsync(caseId);
        var own = await office.Supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/plan/approve", new { version = c.Plan!.Version });
        Assert.Equal("Plan.SelfApproval", (string?)(await own.ProblemAsync(409))["code"]);

        var colleague = await app.ClientForAsync(await app.CreateUserAsync(office.Institution.Id, Roles.Supervisor));
        var noReason = await colleague.PostJsonAsync($"/api/v1/cases/{caseId}/plan/return", new { version = c.Plan.Version });
        Assert.NotEmpty((await noReason.ProblemAsync(400)).FieldErrors("reason"));
        var returned = await colleague.PostJsonAsync($"/api/v1/cases/{caseId}/plan/return",
            new { reason = "El monto supera el tope del programa; divida en dos fases.", version = c.Plan.Version });
        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);

        c = await office.CaseWorker.GetCaseAsync(caseId);
        Assert.Equal(PlanStatus.Draft, c.Plan!.Status);
        Assert.StartsWith("El monto supera", c.Plan.ReturnedReason);
        var dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Contains(dashboard.Tasks, t => t.Kind == CaseTaskKind.PlanReturned && t.CaseId == caseId && t.Detail!.StartsWith("El monto", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_threshold_and_currency_come_from_configuration()
    {
        var config = app.Services.GetRequiredService<IConfiguration>();
        config["Cases:ApprovalThreshold"] = "2000";
        config["Cases:Currency"] = "GTQ";
        try
        {
            var (office, caseId) = await CaseInPlanAsync();
            await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(1500m));
            Assert.Equal(PlanStatus.Agreed, await office.CaseWorker.AgreeAsync(caseId));
            var c = await office.CaseWorker.GetCaseAsync(caseId);
            Assert.Equal("GTQ", c.Plan!.Currency);
            Assert.Equal(2000m, c.Plan.ApprovalThreshold);
        }
        finally
        {
            config["Cases:ApprovalThreshold"] = "1000";
            config["Cases:Currency"] = "USD";
        }
    }

    [Fact]
    public async Task Two_people_editing_the_same_case_or_plan_do_not_overwrite_each_other()
    {
        var (office, caseId) = await CaseInPlanAsync();
        var colleague = await app.ClientForAsync(await app.CreateUserAsync(office.Institution.Id, Roles.CaseWorker));
        var action = await office.CaseWorker.AddActionAsync(caseId, CaseDriver.Grant(300m));
        var read = await office.CaseWorker.GetCaseAsync(caseId);
        var stale = read.Plan!.Actions.Single().Version;

        var first = await office.CaseWorker.PutJsonAsync($"/api/v1/cases/{caseId}/plan/actions/{action}", new
        {
            dimension = "Economic",
            level = "Individual",
            kind = "CashGrant",
            description = "Capital semilla: herramientas de albañilería",
            amount = 350m,
            version = stale,
        });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var second = await colleague.PutJsonAsync($"/api/v1/cases/{caseId}/plan/actions/{action}", new
        {
            dimension = "Economic",
            level = "Individual",
            kind = "CashGrant",
            description = "Otra descripción",
            amount = 999m,
            version = stale,
        });
        Assert.Equal("Concurrency", (string?)(await second.ProblemAsync(409))["code"]);

        var goal1 = await office.CaseWorker.PutJsonAsync($"/api/v1/cases/{caseId}/plan", new { goal = "Empleo estable en construcción", version = read.Plan.Version + 1 });
        Assert.Equal(HttpStatusCode.NoContent, goal1.StatusCode);
        var goal2 = await colleague.PutJsonAsync($"/api/v1/cases/{caseId}/plan", new { goal = "Otra meta", version = read.Plan.Version + 1 });
        Assert.Equal("Concurrency", (string?)(await goal2.ProblemAsync(409))["code"]);

        var moved = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{caseId}/move", new { to = "Assessment", version = read.Version });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var late = await colleague.PostJsonAsync($"/api/v1/cases/{caseId}/close", new { reason = "Unreachable", version = read.Version });
        Assert.Equal("Concurrency", (string?)(await late.ProblemAsync(409))["code"]);

        var c = await office.CaseWorker.GetCaseAsync(caseId);
        Assert.Equal("Empleo estable en construcción", c.Plan!.Goal);
        Assert.Equal(350m, c.Plan.Actions.Single().Amount);
        Assert.Equal(CaseStatus.Assessment, c.Status);
    }
}
