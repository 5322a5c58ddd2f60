using System.Net;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>An institution sees only its own requests and those sent to it; every endpoint is checked.</summary>
public class RequestScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "" },
        { "PUT", "" },
        { "POST", "/consent" },
        { "POST", "/consent/withdraw" },
        { "POST", "/submit" },
        { "POST", "/cancel" },
        { "POST", "/travel" },
        { "POST", "/travelled" },
        { "POST", "/eligibility" },
        { "POST", "/approve" },
        { "POST", "/reject" },
        { "POST", "/spending" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Another_consulate_or_fund_office_finds_no_request_through_any_endpoint(string method, string path)
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Manager.DoAsync(await w.CheckedAsync(), "approve");
        var other = await app.AvrWorldAsync();
        foreach (var stranger in new[] { other.Consul, other.Manager })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/avr/requests/{r.Id}{path}");
            if (method != "GET")
            {
                request.Content = JsonContent(AvrDriver.Rosa(other.Office.Id)
                    .With("version", r.Version).With("giver", "Person").With("reason", "x").With("fundId", other.FundId).With("amount", 10m)
                    .With("mode", "Air").With("departureAt", AppFactory.Start.AddDays(2).UtcDateTime).With("expectedArrivalAt", AppFactory.Start.AddDays(2).AddHours(2).UtcDateTime)
                    .With("itinerary", "x").With("pointOfEntry", "x").With("escortName", "x"));
            }
            var response = await stranger.SendAsync(request);
            // A step the stranger's role may not take at all is refused before the request is looked up.
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                Assert.False(RolesMay(stranger == other.Consul, method, path), $"{path} should be reachable and then not found");
            }
        }
        var still = await (await w.Consul.GetAsync($"/api/v1/avr/requests/{r.Id}")).ReadAsync<RequestView.Details>();
        Assert.Equal((AvrStatus.Approved, r.Version, 800m), (still.Status, still.Version, still.Committed));
    }

    [Fact]
    public async Task The_fund_office_sees_a_request_only_once_submitted_and_lists_show_only_own_and_received_requests()
    {
        var w = await app.AvrWorldAsync();
        var draft = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        await (await w.Manager.GetAsync($"/api/v1/avr/requests/{draft.Id}")).ProblemAsync(404);
        var managerList = await (await w.Manager.GetAsync("/api/v1/avr/requests")).ReadAsync<RequestView.Page>();
        Assert.DoesNotContain(managerList.Items, i => i.Id == draft.Id);

        var submitted = await w.Consul.DoAsync(await w.Consul.ConsentAsync(draft), "submit");
        var seen = await (await w.Manager.GetAsync($"/api/v1/avr/requests/{draft.Id}")).ReadAsync<RequestView.Details>();
        Assert.Equal(AvrStatus.Submitted, seen.Status);
        Assert.Equal([AvrStep.CheckEligibility, AvrStep.Decide], seen.AvailableSteps);
        managerList = await (await w.Manager.GetAsync("/api/v1/avr/requests?status=Submitted")).ReadAsync<RequestView.Page>();
        Assert.Equal([(submitted.Id, false)], managerList.Items.Select(i => (i.Id, i.Mine)));
        var consulList = await (await w.Consul.GetAsync("/api/v1/avr/requests")).ReadAsync<RequestView.Page>();
        Assert.Equal([(submitted.Id, true)], consulList.Items.Select(i => (i.Id, i.Mine)));

        var other = await app.AvrWorldAsync();
        Assert.Empty((await (await other.Consul.GetAsync("/api/v1/avr/requests")).ReadAsync<RequestView.Page>()).Items);
        Assert.Empty((await (await other.Manager.GetAsync("/api/v1/avr/requests")).ReadAsync<RequestView.Page>()).Items);
    }

    [Fact]
    public async Task Each_side_may_take_only_its_own_steps()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.SubmittedAsync();
        await (await w.Consul.StepAsync(r, "eligibility", new() { ["fundId"] = w.FundId })).ProblemAsync(403);
        await (await w.Consul.StepAsync(r, "approve")).ProblemAsync(403);
        await (await w.Manager.StepAsync(r, "cancel", new() { ["reason"] = "x" })).ProblemAsync(403);
        await (await w.Manager.StepAsync(r, "consent", new() { ["giver"] = "Person" })).ProblemAsync(403);
        // A consular officer who is also a fund manager, but of the requesting consulate, still cannot decide on it.
        var both = await app.ClientForAsync(await app.CreateUserAsync(w.Consulate.Id, Roles.ConsularOfficer, Roles.FundManager));
        await (await both.StepAsync(r, "approve")).ProblemAsync(403);
        // Another office's fund cannot be used to check it.
        var other = await app.AvrWorldAsync();
        var foreignFund = await (await w.Manager.StepAsync(r, "eligibility", new() { ["fundId"] = other.FundId })).ProblemAsync(400);
        Assert.NotEmpty(foreignFund.FieldErrors("fundId"));
        await (await other.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}")).ProblemAsync(404);
        await (await other.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}/ledger")).ProblemAsync(404);
        await (await other.Manager.PutJsonAsync($"/api/v1/avr/funds/{w.FundId}/budgets/2026", new { amount = 1m })).ProblemAsync(404);
        Assert.Equal(5000m, (await w.FundAsync()).Budget);
    }

    /// <summary>Whether the stranger's role may take this step at all (then the answer must be 404, not 403).</summary>
    private static bool RolesMay(bool consul, string method, string path) => (method, path) switch
    {
        (_, "/eligibility" or "/approve" or "/reject" or "/spending") => !consul,
        ("GET", "") or (_, "/travel" or "/travelled") => true,
        _ => consul,
    };

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json.Options), System.Text.Encoding.UTF8, "application/json");
}
