using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Tests.Cases;

/// <summary>An unaccompanied or separated child's case always has a child-protection referral.</summary>
public class ChildProtectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, object?> Child(string status) =>
        ReceptionDriver.Adult("Brayan Alexander", "Pop", "Tzul", "2011-02-20").With("childStatus", status).With("documents", Array.Empty<object>());

    private static object ProxyConsent(int version) => CaseDriver.Consent(version, [ServiceCategory.ChildProtection, ServiceCategory.Education],
        givenBy: "Proxy", proxyName: "Licda. Marta Ajú, PGN", proxyRelationship: "ChildProtectionAuthority");

    [Theory]
    [InlineData("Unaccompanied")]
    [InlineData("Separated")]
    public async Task The_case_cannot_move_until_a_child_protection_referral_is_live_and_again_when_it_is_declined(string status)
    {
        var office = await app.OfficeAsync();
        var pgn = await app.ProviderAsync(ServiceCategory.ChildProtection, configure: s => s.MaxAge = 17);
        var (_, opened) = await office.ReturneeWithCaseAsync(Child(status));
        Assert.True(opened.ChildProtectionRequired);
        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);
        await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/consents", ProxyConsent(c.Version))).ReadAsync<RecordConsent.Result>();

        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.False(c.HasChildProtectionReferral);
        var blocked = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/move", new { to = "Assessment", version = c.Version });
        var problem = await blocked.ProblemAsync(409);
        Assert.Equal("Case.ChildProtectionReferralRequired", (string?)problem["code"]);
        Assert.Contains("protección de la niñez", (string?)problem["detail"]);

        // It is the first thing on the case worker's list, overdue from the day the case opened.
        var dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        var first = dashboard.Tasks[0];
        Assert.Equal(CaseTaskKind.ChildProtectionReferral, first.Kind);
        Assert.True(first.Overdue);

        var referral = await office.CaseWorker.ReferAsync(c.Id, pgn.ServiceId, fields: [SharedField.Name, SharedField.SexAndAge]);
        await office.CaseWorker.MoveAsync(c.Id, CaseStatus.Assessment);
        Assert.True((await office.CaseWorker.GetCaseAsync(c.Id)).HasChildProtectionReferral);
        dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.DoesNotContain(dashboard.Tasks, t => t.Kind == CaseTaskKind.ChildProtectionReferral);

        await pgn.Client.AnswerAsync(referral.ReferralId, "decline", "El niño está bajo la competencia de otra delegación departamental.");
        await office.CaseWorker.AssessAsync(c.Id);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.False(c.HasChildProtectionReferral);
        var again = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/move", new { to = "Plan", version = c.Version });
        Assert.Equal("Case.ChildProtectionReferralRequired", (string?)(await again.ProblemAsync(409))["code"]);
        dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Equal(CaseTaskKind.ChildProtectionReferral, dashboard.Tasks[0].Kind);
        Assert.Contains(dashboard.Referrals.Declined, r => r.Id == referral.ReferralId);
    }

    [Fact]
    public async Task An_accompanied_child_needs_none_but_one_found_to_be_separated_later_does()
    {
        var office = await app.OfficeAsync();
        var mother = await office.Reception.RegisterAsync(ReceptionDriver.Adult("Sandra", "Ixcoy", "Mux", "1992-01-15").With("sex", "Female"));
        var child = ReceptionDriver.Adult("Brayan Alexander", "Ixcoy", "Tzul", "2015-02-20").With("childStatus", "Accompanied")
            .With("accompanyingReturnId", mother.ReturnId).With("documents", Array.Empty<object>());
        var (_, opened) = await office.ReturneeWithCaseAsync(child);
        Assert.False(opened.ChildProtectionRequired);

        // The case worker learns the mother will not stay with him: from then on the case needs the referral.
        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);
        var marked = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/child-protection", new { childStatus = "Separated", version = c.Version });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, marked.StatusCode);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.True(c.ChildProtectionRequired);
        Assert.Equal(ChildStatus.Separated, c.ChildStatus);
        var dashboard = await (await office.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Contains(dashboard.Tasks, t => t.Kind == CaseTaskKind.ChildProtectionReferral && t.CaseId == c.Id);
        var accompanied = await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/child-protection", new { childStatus = "Accompanied", version = c.Version });
        Assert.Equal("Case.ChildStatusNotProtected", (string?)(await accompanied.ProblemAsync(409))["code"]);
    }

    [Fact]
    public async Task An_adult_cannot_be_given_a_child_status()
    {
        var office = await app.OfficeAsync();
        var adult = await office.Reception.RegisterAsync(ReceptionDriver.Adult());
        var response = await office.CaseWorker.PostJsonAsync("/api/v1/cases", new { personId = adult.PersonId, childStatus = "Unaccompanied" });
        Assert.NotEmpty((await response.ProblemAsync(400)).FieldErrors("childStatus"));
    }
}
