using System.Net;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;

namespace Reintegra.Tests.People;

/// <summary>The same protections as the API, through the pages a browser asks for.</summary>
public class PageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Reception_pages_render_for_the_owning_institution()
    {
        var (institution, _, api) = await app.SignedInAsync(Roles.ReceptionOfficer, Roles.ProtectionOfficer);
        var arrival = await api.CreateArrivalAsync();
        var r = await api.RegisterAsync(ReceptionDriver.Adult("Iris", "Chen", "Pop", "1990-02-02").With("arrivalId", arrival.Id).With("sex", "Female")
            .With("sensitiveFlags", new[] { "SuspectedTrafficking" }));
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, Roles.ProtectionOfficer, Roles.ReceptionOfficer));
        foreach (var url in new[] { "/", "/Reception/Arrivals", $"/Reception/Arrivals/{arrival.Id}", $"/Reception/Arrivals/{arrival.Id}/Desk",
                     "/Reception/Register", $"/Reception/Returns/{r.ReturnId}", $"/Reception/Returns/{r.ReturnId}/Sheet", "/People?q=chen", $"/People/{r.PersonId}", $"/People/Edit/{r.PersonId}" })
        {
            var response = await pages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        var sensitive = await pages.GetStringAsync($"/Reception/Returns/{r.ReturnId}?sensitive=true");
        Assert.Contains("Posible víctima de trata", sensitive);
        Assert.Contains("data-testid=\"sensitive-flags\"", sensitive);
    }

    [Fact]
    public async Task A_reception_officer_sees_that_protection_data_exists_but_not_what_it_says()
    {
        var (institution, _, api) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var r = await api.RegisterAsync(ReceptionDriver.Adult("Iris", "Chen", "Pop", "1990-02-02").With("sex", "Female")
            .With("sensitiveFlags", new[] { "SuspectedTrafficking" }).With("sensitiveNotes", "captadores en Tapachula"));
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer));
        var html = await pages.GetStringAsync($"/Reception/Returns/{r.ReturnId}?sensitive=true");
        Assert.Contains("data-testid=\"sensitive-restricted\"", html);
        Assert.DoesNotContain("captadores", html);
        Assert.DoesNotContain("checked=\"checked\" disabled", html);
    }

    [Fact]
    public async Task Another_institution_gets_404_on_every_page_of_a_record_it_does_not_hold()
    {
        var (_, _, owner) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrival = await owner.CreateArrivalAsync();
        var r = await owner.RegisterAsync(ReceptionDriver.Adult("Iris", "Chen", "Pop", "1990-02-02").With("arrivalId", arrival.Id).With("sex", "Female"));
        var other = await app.CreateInstitutionAsync();
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(other.Id, Roles.ReceptionOfficer, Roles.ProtectionOfficer, Roles.CaseWorker));
        foreach (var url in new[] { $"/Reception/Arrivals/{arrival.Id}", $"/Reception/Arrivals/{arrival.Id}/Desk", $"/Reception/Arrivals/Edit/{arrival.Id}",
                     $"/Reception/Returns/{r.ReturnId}", $"/Reception/Returns/{r.ReturnId}/Sheet", $"/People/{r.PersonId}", $"/People/Edit/{r.PersonId}" })
        {
            Assert.True((await pages.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        var list = await pages.GetStringAsync("/People?q=chen");
        Assert.DoesNotContain("Iris", list);
        var complete = await pages.PostFormAsync("/Reception/Arrivals", $"/Reception/Returns/{r.ReturnId}?handler=Complete", new() { ["version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
    }

    [Fact]
    public async Task An_analyst_cannot_reach_any_page_about_people()
    {
        var (institution, _, owner) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var r = await owner.RegisterAsync(ReceptionDriver.Adult("Iris", "Chen", "Pop", "1990-02-02").With("sex", "Female"));
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, Roles.Analyst));
        foreach (var url in new[] { "/Reception/Arrivals", "/Reception/Register", $"/Reception/Returns/{r.ReturnId}", "/People?q=chen", $"/People/{r.PersonId}", "/Admin/Audit", "/Admin/Users" })
        {
            var response = await pages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("AccessDenied"), $"{url}: {(int)response.StatusCode}");
        }
        var home = await pages.GetStringAsync("/");
        Assert.DoesNotContain("/People", home);
        Assert.Contains("no tiene acceso a los registros de personas", home);
    }

    [Fact]
    public async Task A_registration_form_with_errors_keeps_what_was_typed_and_explains_each_field()
    {
        var (institution, _, _) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var pages = await app.SignInToPagesAsync(await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer));
        var response = await pages.PostFormAsync("/Reception/Register", "/Reception/Register", new()
        {
            ["Input.GivenNames"] = "Rosa Amelia",
            ["Input.FirstSurname"] = "",
            ["Input.Sex"] = "Female",
            ["Input.BirthDate"] = "31/02/1990",
            ["Input.Nationality"] = "GT",
            ["Input.OriginAdm1"] = "GT13",
            ["Input.OriginAdm2"] = "GT0101",
            ["Input.Category"] = "Forced",
            ["Input.Mode"] = "Land",
            ["Input.ReturnedFrom"] = "MX",
            ["Input.Referrals[0].Kind"] = "ChildProtection",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Rosa Amelia\"", html);
        Assert.Contains("Este campo es obligatorio.", html);
        Assert.Contains("Fecha no válida", html);
        Assert.Contains("El municipio no pertenece al departamento elegido.", html);
    }

    [Fact]
    public async Task Pages_are_in_english_after_switching_and_stay_so_after_signing_in_again()
    {
        var (institution, _, _) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var user = await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer);
        var pages = await app.SignInToPagesAsync(user);
        var switched = await pages.PostFormAsync("/", "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/Reception/Arrivals" });
        Assert.Equal("/Reception/Arrivals", switched.Headers.Location!.OriginalString);
        Assert.Contains("Announce arrival", await pages.GetStringAsync("/Reception/Arrivals"));
        var again = await app.SignInToPagesAsync(user);
        Assert.Contains("Announce arrival", await again.GetStringAsync("/Reception/Arrivals"));
    }
}
