using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;

namespace Reintegra.Tests.Cases;

/// <summary>
/// Every case and referral endpoint is scoped: another institution's case or referral is not found; a service provider
/// sees only the referrals sent to it and can never browse people or cases; an analyst sees none of it.
/// </summary>
public class CaseScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Seeded(CaseDriver.Office Office, CaseDriver.Provider Provider, Guid PersonId, Guid CaseId, Guid ReferralId, Guid ActionId,
        Guid AssessmentId, Guid MemberId, Guid TransferId);

    private async Task<Seeded> SeedAsync()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var elsewhere = await app.OfficeAsync();
        var (returnee, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        await office.CaseWorker.MoveAsync(c.CaseId, CaseStatus.Assessment);
        var assessment = await office.CaseWorker.AssessAsync(c.CaseId);
        var action = await office.CaseWorker.AddActionAsync(c.CaseId, CaseDriver.ReferralAction());
        var referral = await office.CaseWorker.ReferAsync(c.CaseId, provider.ServiceId, action);
        var view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        var member = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/members",
            new { name = "María Tzul", relationship = "Partner", birthYear = 1995, version = view.Version })).ReadAsync<Guid>();
        view = await office.CaseWorker.GetCaseAsync(c.CaseId);
        var transfer = await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.CaseId}/transfers",
            new { toInstitutionId = elsewhere.Institution.Id, reason = "Cambio de domicilio", version = view.Version })).ReadAsync<Guid>();
        return new Seeded(office, provider, returnee.PersonId, c.CaseId, referral.ReferralId, action, assessment, member, transfer);
    }

    public static TheoryData<string, string> CaseEndpoints => new()
    {
        { "GET", "/api/v1/cases/{case}" },
        { "GET", "/api/v1/cases/{case}/assessments/{assessment}" },
        { "POST", "/api/v1/cases/{case}/consents" },
        { "POST", "/api/v1/cases/{case}/consents/withdraw" },
        { "POST", "/api/v1/cases/{case}/members" },
        { "DELETE", "/api/v1/cases/{case}/members/{member}?version=1" },
        { "POST", "/api/v1/cases/{case}/assessments" },
        { "PUT", "/api/v1/cases/{case}/plan" },
        { "POST", "/api/v1/cases/{case}/plan/actions" },
        { "PUT", "/api/v1/cases/{case}/plan/actions/{action}" },
        { "POST", "/api/v1/cases/{case}/plan/actions/{action}/status" },
        { "POST", "/api/v1/cases/{case}/plan/agree" },
        { "POST", "/api/v1/cases/{case}/plan/approve" },
        { "POST", "/api/v1/cases/{case}/plan/return" },
        { "POST", "/api/v1/cases/{case}/move" },
        { "POST", "/api/v1/cases/{case}/close" },
        { "POST", "/api/v1/cases/{case}/reassign" },
        { "POST", "/api/v1/cases/{case}/child-protection" },
        { "PUT", "/api/v1/cases/{case}/follow-up" },
        { "POST", "/api/v1/cases/{case}/transfers" },
        { "POST", "/api/v1/transfers/{transfer}/cancel" },
        { "POST", "/api/v1/cases/{case}/referrals" },
        { "GET", "/api/v1/referrals/{referral}" },
        { "POST", "/api/v1/referrals/{referral}/withdraw" },
        { "POST", "/api/v1/referrals/{referral}/followed-up" },
    };

    [Theory]
    [MemberData(nameof(CaseEndpoints))]
    public async Task Another_institutions_case_and_referrals_are_not_found_through_any_endpoint(string method, string template)
    {
        var s = await SeedAsync();
        var stranger = await app.OfficeAsync();
        var response = await SendAsync(stranger.Supervisor, method, template, s);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        // Nothing changed for the owner.
        var c = await s.Office.CaseWorker.GetCaseAsync(s.CaseId);
        Assert.Equal(CaseStatus.Assessment, c.Status);
        Assert.NotNull(c.Consent);
        Assert.Single(c.Members);
        Assert.Single(c.Assessments);
        Assert.Equal(ReferralStatus.Sent, c.Referrals.Single().Status);
        Assert.Equal(TransferStatus.Pending, c.PendingTransfer!.Status);
        Assert.Equal(s.Office.CaseWorkerUser.Id, c.CaseWorkerId);
    }

    public static TheoryData<string, string> ProviderEndpoints => new()
    {
        { "GET", "/api/v1/received-referrals/{referral}" },
        { "POST", "/api/v1/received-referrals/{referral}/accept" },
        { "POST", "/api/v1/received-referrals/{referral}/decline" },
        { "POST", "/api/v1/received-referrals/{referral}/start" },
        { "POST", "/api/v1/received-referrals/{referral}/complete" },
        { "POST", "/api/v1/received-referrals/{referral}/close" },
    };

    [Theory]
    [MemberData(nameof(ProviderEndpoints))]
    public async Task A_provider_sees_and_answers_only_the_referrals_sent_to_its_institution(string method, string template)
    {
        var s = await SeedAsync();
        var otherProvider = await app.ProviderAsync(ServiceCategory.Employment);
        var response = await SendAsync(otherProvider.Client, method, template, s);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var inbox = await (await otherProvider.Client.GetAsync("/api/v1/received-referrals")).ReadAsync<ReceivedReferrals.Inbox>();
        Assert.Empty(inbox.Items);
        Assert.Equal(ReferralStatus.Sent, (await s.Provider.Client.ReceivedAsync(s.ReferralId)).Status);

        // The sending institution's case workers are not providers of it either.
        await (await SendAsync(s.Office.CaseWorker, method, template, s)).ProblemAsync(403);
    }

    public static TheoryData<string> PeopleAndCaseReads => new()
    {
        "/api/v1/persons?q=garcia",
        "/api/v1/persons/{person}",
        "/api/v1/cases",
        "/api/v1/cases/dashboard",
        "/api/v1/cases/{case}",
        "/api/v1/referrals/{referral}",
        "/api/v1/transfers/incoming",
        "/api/v1/returns/{return}",
    };

    [Theory]
    [MemberData(nameof(PeopleAndCaseReads))]
    public async Task A_provider_cannot_browse_people_or_cases_and_an_analyst_sees_nothing(string template)
    {
        var s = await SeedAsync();
        var ret = await app.WithDbAsync(db => db.Returns.FirstAsync(r => r.PersonId == s.PersonId));
        var url = Fill(template, s).Replace("{return}", ret.Id.ToString());
        await (await s.Provider.Client.GetAsync(url)).ProblemAsync(403);
        var analyst = await app.ClientForAsync(await app.CreateUserAsync(s.Office.Institution.Id, Roles.Analyst));
        await (await analyst.GetAsync(url)).ProblemAsync(403);
        await (await analyst.GetAsync(Fill("/api/v1/received-referrals/{referral}", s))).ProblemAsync(403);
    }

    [Fact]
    public async Task Lists_and_dashboards_show_only_the_institutions_own_cases()
    {
        var s = await SeedAsync();
        var stranger = await app.OfficeAsync();
        var list = await (await stranger.Supervisor.GetAsync("/api/v1/cases")).ReadAsync<Reintegra.Web.Features.Cases.ListCases.Result>();
        Assert.Empty(list.Items);
        var dashboard = await (await stranger.Supervisor.GetAsync("/api/v1/cases/dashboard?team=true")).ReadAsync<Reintegra.Web.Features.Cases.Dashboard.Result>();
        Assert.Empty(dashboard.Tasks);
        Assert.Equal(0, dashboard.OpenCases);
        // A case can only be opened for someone the institution holds a record about.
        var open = await stranger.CaseWorker.PostJsonAsync("/api/v1/cases", new { personId = s.PersonId });
        Assert.NotEmpty((await open.ProblemAsync(400)).FieldErrors("personId"));
        var fromTheirReturn = await app.WithDbAsync(db => db.Returns.FirstAsync(r => r.PersonId == s.PersonId));
        var open2 = await stranger.CaseWorker.PostJsonAsync("/api/v1/cases", new { returnEventId = fromTheirReturn.Id });
        Assert.NotEmpty((await open2.ProblemAsync(400)).FieldErrors("returnEventId"));
    }

    private static string Fill(string template, Seeded s) => template
        .Replace("{case}", s.CaseId.ToString()).Replace("{referral}", s.ReferralId.ToString()).Replace("{action}", s.ActionId.ToString())
        .Replace("{assessment}", s.AssessmentId.ToString()).Replace("{member}", s.MemberId.ToString()).Replace("{transfer}", s.TransferId.ToString())
        .Replace("{person}", s.PersonId.ToString());

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string template, Seeded s)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(template, s));
        if (method is "POST" or "PUT")
        {
            // A body valid enough to get past validation, so only scoping can refuse it.
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new
            {
                version = 1,
                to = "Plan",
                reason = "Unreachable",
                text = "x",
                goal = "x",
                dimension = "Economic",
                level = "Individual",
                kind = "CashGrant",
                description = "x",
                amount = 10,
                status = "Cancelled",
                agreedOn = "2026-11-19",
                dueOn = "2026-12-19",
                childStatus = "Separated",
                toInstitutionId = Guid.NewGuid(),
                serviceId = Guid.NewGuid(),
                urgency = "Routine",
                sharedFields = new[] { "Name" },
                givenBy = "Person",
                givenOn = "2026-11-19",
                dataCollection = true,
                name = "x",
                relationship = "Other",
                assessedOn = "2026-11-19",
                caseWorkerId = Guid.NewGuid(),
            }), System.Text.Encoding.UTF8, "application/json");
        }
        return await client.SendAsync(request);
    }
}
