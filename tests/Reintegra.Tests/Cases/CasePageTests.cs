using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.Cases;

/// <summary>The case and referral pages, driven with form posts as a browser would; the same protections as the API.</summary>
public class CasePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_case_worker_runs_a_case_through_the_pages_and_every_page_renders()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var ret = await office.Reception.RegisterAsync(ReceptionDriver.Adult("Wilmer", "Xicará", "Tzoc", "1993-04-10"));
        var pages = await app.SignInToPagesAsync(office.CaseWorkerUser);

        var returnPage = await pages.GetStringAsync($"/Reception/Returns/{ret.ReturnId}");
        Assert.Contains($"/Cases/Open?returnId={ret.ReturnId}", returnPage);
        var opened = await pages.PostFormAsync($"/Cases/Open?returnId={ret.ReturnId}", $"/Cases/Open?returnId={ret.ReturnId}", new() { ["Input.Notes"] = "Llegó en el vuelo del jueves" });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseUrl = opened.Headers.Location!.OriginalString;
        var caseId = Guid.Parse(caseUrl.Split('/').Last());
        Assert.Contains($"/Cases/{caseId}", await pages.GetStringAsync($"/People/{ret.PersonId}"));

        var casePage = await pages.GetStringAsync(caseUrl);
        Assert.Contains("Wilmer Xicará Tzoc", casePage);
        Assert.Contains("data-testid=\"consent-missing\"", casePage);

        var consent = await pages.PostFormAsync($"{caseUrl}/Consent", $"{caseUrl}/Consent?handler=Record", new()
        {
            ["Input.Version"] = Version(casePage),
            ["Input.DataCollection"] = "true",
            ["Input.SharingWith"] = "Employment",
            ["Input.SharedFields"] = "Name",
            ["Input.FollowUpContact"] = "true",
            ["Input.GivenBy"] = "Person",
            ["Input.GivenOn"] = "2026-11-19",
        });
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        casePage = await pages.GetStringAsync(caseUrl);
        Assert.Contains("Consentimiento registrado.", casePage);
        var move = await pages.PostFormAsync(caseUrl, $"{caseUrl}?handler=Move", new() { ["Move.Version"] = Version(casePage), ["Move.To"] = "Assessment" });
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);

        var form = new Dictionary<string, string> { ["Input.AssessedOn"] = "2026-11-19", ["Input.EconomicSummary"] = "Sin empleo", ["Input.Occupations[0].IscoCode"] = "7112", ["Input.Occupations[0].Period"] = "Abroad" };
        foreach (var item in Enum.GetValues<AssessmentItem>())
        {
            form[$"Input.Ratings[{item}]"] = item == AssessmentItem.Work ? "High" : "Low";
        }
        form["Input.Version"] = Version(await pages.GetStringAsync(caseUrl));
        var assessed = await pages.PostFormAsync($"{caseUrl}/Assess", $"{caseUrl}/Assess", form);
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        casePage = await pages.GetStringAsync(caseUrl);
        Assert.Contains("need-High", casePage);

        // A bad action is refused on the page, with the message under the field, and the page still renders.
        var bad = await pages.PostFormAsync($"{caseUrl}/Plan", $"{caseUrl}/Plan?handler=AddAction", new()
        {
            ["Action.Dimension"] = "Economic",
            ["Action.Level"] = "Individual",
            ["Action.Kind"] = "CashGrant",
            ["Action.Description"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Este campo es obligatorio.", badHtml);
        var added = await pages.PostFormAsync($"{caseUrl}/Plan", $"{caseUrl}/Plan?handler=AddAction", new()
        {
            ["Action.Dimension"] = "Economic",
            ["Action.Level"] = "Individual",
            ["Action.Kind"] = "Referral",
            ["Action.Description"] = "Colocación laboral",
            ["Action.ServiceCategory"] = "Employment",
            ["Action.TargetDate"] = "2026-12-10",
            ["Action.Version"] = Regex.Match(await pages.GetStringAsync($"{caseUrl}/Plan"), "name=\"Action\\.Version\" value=\"(\\d*)\"").Groups[1].Value,
        });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, Errors(await added.Content.ReadAsStringAsync()));
        var actionId = await app.WithDbAsync(db => db.PlanActions.Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());

        var referPage = await pages.GetStringAsync($"{caseUrl}/Refer?actionId={actionId}");
        Assert.Contains(provider.ServiceId.ToString(), referPage);
        var sent = await pages.PostFormAsync($"{caseUrl}/Refer?actionId={actionId}", $"{caseUrl}/Refer?actionId={actionId}", new()
        {
            ["Input.Version"] = Version(await pages.GetStringAsync(caseUrl)),
            ["Input.PlanActionId"] = actionId.ToString(),
            ["Input.ServiceId"] = provider.ServiceId.ToString(),
            ["Input.Urgency"] = "Priority",
            ["Input.Reason"] = "Albañil con 6 años de experiencia",
            ["Input.SharedFields"] = "Name",
        });
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, Errors(await sent.Content.ReadAsStringAsync()));
        var referralUrl = sent.Headers.Location!.OriginalString;
        Assert.Matches("^/Referrals/[0-9a-f-]{36}$", referralUrl);

        foreach (var url in new[] { "/", "/Cases", "/Cases?team=true", "/Cases/List", "/Cases/List?status=Assessment&mine=true", "/Cases/Transfers", caseUrl,
                     $"{caseUrl}/Consent", $"{caseUrl}/Assess", $"{caseUrl}/Plan", $"{caseUrl}/Refer", $"{caseUrl}/Summary", referralUrl, $"{referralUrl}/Slip", "/Services" })
        {
            var response = await pages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        Assert.Contains("Wilmer Xicará Tzoc", await pages.GetStringAsync($"{caseUrl}/Summary"));
        var home = await pages.GetStringAsync("/");
        Assert.Contains("data-testid=\"home-cases\"", home);

        // The provider answers through its own pages, and sees only what was shared.
        var providerPages = await app.SignInToPagesAsync(provider.User);
        var inbox = await providerPages.GetStringAsync("/Referrals/Received");
        Assert.Contains("Wilmer Xicará Tzoc", inbox);
        Assert.Contains("data-testid=\"home-inbox\"", await providerPages.GetStringAsync("/"));
        var referralId = referralUrl.Split('/').Last();
        var received = await providerPages.GetStringAsync($"/Referrals/Received/{referralId}");
        Assert.DoesNotContain("1993", received);
        Assert.Contains("Albañil con 6 años", received);
        var accept = await providerPages.PostFormAsync($"/Referrals/Received/{referralId}", $"/Referrals/Received/{referralId}?handler=Accept", new() { ["Answer.Version"] = Version(received, "Answer") });
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        received = await providerPages.GetStringAsync($"/Referrals/Received/{referralId}");
        var complete = await providerPages.PostFormAsync($"/Referrals/Received/{referralId}", $"/Referrals/Received/{referralId}?handler=Complete",
            new() { ["Answer.Version"] = Version(received, "Answer"), ["Answer.Text"] = "Contratado por Constructora Maya" });
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await providerPages.GetAsync($"/Referrals/Received/{referralId}/Slip")).StatusCode);

        var followed = await pages.GetStringAsync("/Cases");
        Assert.Contains("data-testid=\"completed\"", followed);
        Assert.Contains("Contratado por Constructora Maya", await pages.GetStringAsync(referralUrl));

        // Printing is in the trail.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Printed && a.EntityType == nameof(ReintegrationCase) && a.PersonId == ret.PersonId)));
    }

    [Fact]
    public async Task Pages_refuse_other_institutions_and_providers_and_speak_english_when_asked()
    {
        var office = await app.OfficeAsync();
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (returnee, c) = await office.ReturneeWithCaseAsync();
        await office.CaseWorker.ConsentAsync(c.CaseId);
        var referral = await office.CaseWorker.ReferAsync(c.CaseId, provider.ServiceId);
        var assessment = await office.CaseWorker.AssessAsync(c.CaseId);

        var stranger = await app.OfficeAsync();
        var strangerPages = await app.SignInToPagesAsync(stranger.SupervisorUser);
        foreach (var url in new[] { $"/Cases/{c.CaseId}", $"/Cases/{c.CaseId}/Consent", $"/Cases/{c.CaseId}/Assess", $"/Cases/{c.CaseId}/Plan", $"/Cases/{c.CaseId}/Refer",
                     $"/Cases/{c.CaseId}/Summary", $"/Cases/{c.CaseId}/Assessments/{assessment}", $"/Referrals/{referral.ReferralId}", $"/Referrals/{referral.ReferralId}/Slip",
                     $"/Cases/Open?personId={returnee.PersonId}" })
        {
            Assert.True((await strangerPages.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        var move = await strangerPages.PostFormAsync("/Cases", $"/Cases/{c.CaseId}?handler=Close", new() { ["Close.Version"] = "1", ["Close.Reason"] = "Unreachable" });
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);

        var otherProvider = await app.ProviderAsync(ServiceCategory.Employment);
        var otherProviderPages = await app.SignInToPagesAsync(otherProvider.User);
        Assert.Equal(HttpStatusCode.NotFound, (await otherProviderPages.GetAsync($"/Referrals/Received/{referral.ReferralId}")).StatusCode);
        var providerPages = await app.SignInToPagesAsync(provider.User);
        foreach (var url in new[] { "/Cases", $"/Cases/{c.CaseId}", $"/People/{returnee.PersonId}", "/People?q=garcia", $"/Referrals/{referral.ReferralId}" })
        {
            var response = await providerPages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("AccessDenied"), $"{url}: {(int)response.StatusCode}");
        }
        Assert.DoesNotContain("href=\"/Cases\"", await providerPages.GetStringAsync("/"));

        var pages = await app.SignInToPagesAsync(office.CaseWorkerUser);
        await pages.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        var english = await pages.GetStringAsync($"/Cases/{c.CaseId}");
        Assert.Contains("Reintegration plan", english);
        Assert.Contains("Move to Assessment", english);
        Assert.Contains("Referral follow-through", await pages.GetStringAsync("/Cases"));
    }

    /// <summary>What a page that refused a form says, for the failure message.</summary>
    private static string Errors(string html) => string.Join(" | ", Regex.Matches(html, "class=\"(?:field-error|validation-summary-errors)[^\"]*\"[^>]*>(.*?)</(?:span|div)>", RegexOptions.Singleline)
        .Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ").Trim()).Where(t => t.Length > 0));

    private static string Version(string html, string prefix = "(?:Move|Input)") => VersionPattern(prefix).Match(html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException("no version field on the page");

    private static Regex VersionPattern(string prefix) => new($"name=\"{prefix}\\.Version\" value=\"(\\d+)\"");
}
