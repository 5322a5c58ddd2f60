using System.Net;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>The forms of a request's steps on its page: the same handlers as the API, errors on the form, nothing changed on bad input.</summary>
public class AvrStepPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_consulate_and_the_fund_office_take_every_step_to_travel_arranged_through_the_forms()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        var url = $"/AssistedReturn/{r.Id}";
        var consul = await app.SignInToPagesAsync(w.ConsulUser);
        var page = await consul.GetStringAsync(url);
        Assert.Contains("Registrar consentimiento", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Aprobar y comprometer fondos", page, StringComparison.Ordinal);

        var noGiver = await consul.PostFormAsync(url, url + "?handler=Consent", new() { ["Version"] = $"{r.Version}" });
        Assert.Equal(HttpStatusCode.OK, noGiver.StatusCode);
        Assert.Contains("Este campo es obligatorio.", await noGiver.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await Api(w.Consul, r)).HasConsent);

        await Step(consul, url, "Consent", new() { ["Version"] = $"{r.Version}", ["Consent.Giver"] = "Person", ["Consent.Shares"] = "Vulnerabilities" });
        r = await Api(w.Consul, r);
        Assert.True(r.HasConsent);
        await Step(consul, url, "Submit", new() { ["Version"] = $"{r.Version}" });
        r = await Api(w.Consul, r);
        Assert.Equal(AvrStatus.Submitted, r.Status);

        var manager = await app.SignInToPagesAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager));
        Assert.Contains("Verificar elegibilidad", await manager.GetStringAsync(url), StringComparison.Ordinal);
        await Step(manager, url, "Eligibility", new() { ["Version"] = $"{r.Version}", ["Check.FundId"] = $"{w.FundId}" });
        r = await Api(w.Manager, r);
        await Step(manager, url, "Approve", new() { ["Version"] = $"{r.Version}" });
        r = await Api(w.Manager, r);
        Assert.Equal(AvrStatus.Approved, r.Status);

        var travel = new Dictionary<string, string>
        {
            ["Version"] = $"{r.Version}",
            ["Travel.Mode"] = "Air",
            ["Travel.DepartureAt"] = "2026-11-20T08:00",
            ["Travel.ExpectedArrivalAt"] = "2026-11-20T13:00",
            ["Travel.Itinerary"] = "",
            ["Travel.PointOfEntry"] = "Aeropuerto Internacional La Aurora",
            ["Travel.EscortName"] = "Carlos Ruiz (OIM)",
        };
        var bad = await consul.PostFormAsync(url, url + "?handler=Travel", travel);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Este campo es obligatorio.", badHtml, StringComparison.Ordinal);
        Assert.Equal(AvrStatus.Approved, (await Api(w.Consul, r)).Status);

        travel["Travel.Itinerary"] = "Aeroméxico AM 650 TAP–MEX, AM 672 MEX–GUA";
        await Step(consul, url, "Travel", travel);
        r = await Api(w.Consul, r);
        Assert.Equal(AvrStatus.TravelArranged, r.Status);
        Assert.Equal(new DateTime(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc), r.DepartureAt);
        var after = await consul.GetStringAsync(url);
        Assert.Contains("Anuncio de llegada · Pendiente", after, StringComparison.Ordinal);
        var file = await consul.GetAsync(url + "?handler=Package");
        Assert.Equal("application/json", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("reintegra-handoff/1", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Step(manager, url, "Spending", new() { ["Version"] = $"{r.Version}", ["Spending.Amount"] = "450.00", ["Spending.Note"] = "Boletos" });
        r = await Api(w.Manager, r);
        Assert.Equal(450m, r.Spent);

        var stale = await manager.PostFormAsync(url, url + "?handler=Reject", new() { ["Version"] = $"{r.Version - 1}", ["Reason.Reason"] = "x" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(AvrStatus.TravelArranged, (await Api(w.Manager, r)).Status);

        await manager.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        Assert.Contains("Record that the person travelled", await manager.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_institution_cannot_take_a_step_through_the_page()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        var other = await app.AvrWorldAsync();
        var stranger = await app.SignInToPagesAsync(other.ConsulUser);
        var url = $"/AssistedReturn/{r.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        var own = await app.SignInToPagesAsync(w.ConsulUser);
        var token = PageClient.Token(await own.GetStringAsync(url));
        var post = await stranger.PostAsync(url + "?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = $"{r.Version}", ["__RequestVerificationToken"] = token }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(AvrStatus.Draft, (await Api(w.Consul, r)).Status);
    }

    private static async Task Step(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, $"{url}?handler={handler}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<RequestView.Details> Api(HttpClient client, RequestView.Details r) =>
        await (await client.GetAsync($"/api/v1/avr/requests/{r.Id}")).ReadAsync<RequestView.Details>();
}
