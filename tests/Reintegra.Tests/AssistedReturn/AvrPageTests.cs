using System.Net;
using Microsoft.EntityFrameworkCore;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.AssistedReturn;

/// <summary>The request list and the budget dashboard, in Spanish and English, each showing only the institution's own.</summary>
public class AvrPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_budget_dashboard_shows_committed_spent_remaining_and_cases_by_group()
    {
        var w = await app.AvrWorldAsync(budget: 3000m);
        var r = await w.Manager.DoAsync(await w.CheckedAsync(), "approve");
        await w.Manager.DoAsync(r, "spending", new() { ["amount"] = 450m });
        var other = await app.AvrWorldAsync(FundKind.IomFund, budget: 9999m, cap: null);

        var manager = await app.SignInToPagesAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager));
        var html = await manager.GetStringAsync("/AssistedReturn/Funds?year=2026");
        Assert.Contains("Fondo de Reserva CRM", html, StringComparison.Ordinal);
        Assert.Contains("Tope por caso: USD 1,000.00", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Presupuesto 2026</dt><dd>USD 3,000.00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Comprometido</dt><dd>USD 350.00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Gastado</dt><dd>USD 450.00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Disponible</dt><dd>USD 2,200.00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Persona mayor de setenta a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("9,999.00", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Fondo OIM", html, StringComparison.Ordinal);

        await manager.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        var english = await manager.GetStringAsync("/AssistedReturn/Funds?year=2026");
        Assert.Contains("<dt>Remaining</dt><dd>USD 2,200.00</dd>", english, StringComparison.Ordinal);
        Assert.Contains("Person over seventy", english, StringComparison.Ordinal);
        Assert.Contains("No budget for 2025.", await manager.GetStringAsync("/AssistedReturn/Funds?year=2025"), StringComparison.Ordinal);

        var consul = await app.SignInToPagesAsync(w.ConsulUser);
        Assert.NotEqual(HttpStatusCode.OK, (await consul.GetAsync("/AssistedReturn/Funds")).StatusCode);
        Assert.Equal(other.FundId, (await other.FundAsync()).Id);
    }

    [Fact]
    public async Task The_request_list_shows_own_and_received_requests_only()
    {
        var w = await app.AvrWorldAsync();
        var draft = await w.Consul.DraftAsync(AvrDriver.Rosa(w.Office.Id));
        var sent = await w.SubmittedAsync(AvrDriver.Child(w.Office.Id));
        var other = await app.AvrWorldAsync();
        var stranger = await other.Consul.DraftAsync(AvrDriver.Rosa(other.Office.Id).With("givenNames", "Forastera"));

        var consul = await app.SignInToPagesAsync(w.ConsulUser);
        var html = await consul.GetStringAsync("/AssistedReturn");
        Assert.Contains(draft.Reference, html, StringComparison.Ordinal);
        Assert.Contains(sent.Reference, html, StringComparison.Ordinal);
        Assert.Contains("Borrador", html, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.Reference, html, StringComparison.Ordinal);
        var submittedOnly = await consul.GetStringAsync("/AssistedReturn?status=Submitted");
        Assert.DoesNotContain(draft.Reference, submittedOnly, StringComparison.Ordinal);
        Assert.Contains("Retorno asistido", html, StringComparison.Ordinal);

        var manager = await app.SignInToPagesAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager));
        await manager.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        var office = await manager.GetStringAsync("/AssistedReturn?status=nonsense&page=-3");
        Assert.Contains(sent.Reference, office, StringComparison.Ordinal);
        Assert.Contains("Sent to my institution", office, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Reference, office, StringComparison.Ordinal);

        var reception = await app.SignInToPagesAsync(await app.CreateUserAsync(w.Office.Id, Roles.ReceptionOfficer));
        Assert.NotEqual(HttpStatusCode.OK, (await reception.GetAsync("/AssistedReturn")).StatusCode);
    }

    [Fact]
    public async Task A_requests_page_shows_the_eligibility_rules_costs_consent_and_history_to_both_sides_only()
    {
        var w = await app.AvrWorldAsync();
        var r = await w.CheckedAsync(AvrDriver.Rosa(w.Office.Id).Costs(ticket: 900m, escort: 250m));
        var manager = await app.SignInToPagesAsync(await app.CreateUserAsync(w.Office.Id, Roles.FundManager));
        var html = System.Net.WebUtility.HtmlDecode(await manager.GetStringAsync($"/AssistedReturn/{r.Id}"));
        Assert.Contains("Elegibilidad según Fondo de Reserva CRM (2026)", html, StringComparison.Ordinal);
        Assert.Contains("✗ El costo (USD 1,150.00) supera el tope por caso del fondo (USD 1,000.00).", html, StringComparison.Ordinal);
        Assert.Contains("✓ La persona pertenece a un grupo elegible: Persona con discapacidad, Persona mayor de setenta años.", html, StringComparison.Ordinal);
        Assert.Contains("Dado por la persona", html, StringComparison.Ordinal);
        Assert.Contains("Elegibilidad verificada", html, StringComparison.Ordinal);

        var consul = await app.SignInToPagesAsync(w.ConsulUser);
        await consul.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" });
        var english = System.Net.WebUtility.HtmlDecode(await consul.GetStringAsync($"/AssistedReturn/{r.Id}"));
        Assert.Contains("The cost (USD 1,150.00) is above the fund's per-case cap (USD 1,000.00).", english, StringComparison.Ordinal);
        Assert.Contains("Consent recorded", english, StringComparison.Ordinal);

        var other = await app.AvrWorldAsync();
        var stranger = await app.SignInToPagesAsync(await app.CreateUserAsync(other.Office.Id, Roles.FundManager));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/AssistedReturn/{r.Id}")).StatusCode);
        var id = r.Id.ToString();
        var views = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == AuditActions.Viewed));
        Assert.True(views >= 2);
    }
}
