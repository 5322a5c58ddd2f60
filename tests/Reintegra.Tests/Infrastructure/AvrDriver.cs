using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn;

namespace Reintegra.Tests.Infrastructure;

/// <summary>
/// An assisted return as it happens: a Guatemalan consulate in Mexico asks IOM's office in Mexico, which manages a
/// fund, to pay for a migrant's return home. Each world has its own institutions, so tests do not see each other.
/// </summary>
public sealed record AvrWorld(Institution Consulate, AppUser ConsulUser, HttpClient Consul, Institution Office, HttpClient Manager, Guid FundId);

public static class AvrDriver
{
    public const int Year = 2026;

    public static async Task<AvrWorld> AvrWorldAsync(this AppFactory app, FundKind kind = FundKind.CrmReserveFund, decimal budget = 5000m, decimal? cap = 1000m, string[]? groups = null)
    {
        var consulate = await app.CreateInstitutionAsync($"Consulado GT {Guid.NewGuid():N}"[..24], InstitutionKind.Consulate, "GT");
        var consulUser = await app.CreateUserAsync(consulate.Id, Roles.ConsularOfficer);
        var office = await app.CreateInstitutionAsync($"OIM México {Guid.NewGuid():N}"[..24], InstitutionKind.InternationalOrganisation, "MX");
        var manager = await app.ClientForAsync(await app.CreateUserAsync(office.Id, Roles.FundManager));
        var fund = await (await manager.PostJsonAsync("/api/v1/avr/funds", new
        {
            name = kind == FundKind.CrmReserveFund ? "Fondo de Reserva CRM" : "Fondo OIM",
            kind,
            currency = "USD",
            perCaseCap = cap,
            eligibleGroups = groups ?? (kind == FundKind.CrmReserveFund ? ["UnaccompaniedChild", "Disability", "OlderPerson", "InjuryOrIllness"] : []),
        })).ReadAsync<ManageFunds.FundSummary>();
        await (await manager.PutJsonAsync($"/api/v1/avr/funds/{fund.Id}/budgets/{Year}", new { amount = budget })).ReadAsync<ManageFunds.FundSummary>();
        return new AvrWorld(consulate, consulUser, await app.ClientForAsync(consulUser), office, manager, fund.Id);
    }

    /// <summary>Doña Rosa, 76, uses a wheelchair, in a shelter in Tapachula; USD 800 in all (ticket 450, escort 200, per diem 100, medical 50).</summary>
    public static Dictionary<string, object?> Rosa(Guid office) => new()
    {
        ["givenNames"] = "Rosa Amalia",
        ["firstSurname"] = "Tzul",
        ["secondSurname"] = "Chávez",
        ["sex"] = "Female",
        ["birthDate"] = "1950-04-02",
        ["nationality"] = "GT",
        ["documents"] = new[] { new { type = "Passport", number = "G12345678" } },
        ["languages"] = new[] { "spa", "quc" },
        ["currentCountry"] = "MX",
        ["currentPlace"] = "Albergue Belén, Tapachula",
        ["returnCountry"] = "GT",
        ["originAdm1"] = "GT13",
        ["destinationAdm1"] = "GT13",
        ["destinationAdm2"] = "GT1301",
        ["processingInstitutionId"] = office,
        ["vulnerabilities"] = new[] { "Disability" },
        ["healthNotes"] = "Usa silla de ruedas; hipertensión controlada.",
        ["escortRequired"] = true,
        ["escortNeeds"] = "Silla de ruedas en el aeropuerto",
        ["currency"] = "USD",
        ["ticketAmount"] = 450m,
        ["escortAmount"] = 200m,
        ["perDiemAmount"] = 100m,
        ["medicalAmount"] = 50m,
    };

    /// <summary>Marvin, 15, travelling alone: consent through the child-protection authority.</summary>
    public static Dictionary<string, object?> Child(Guid office) => new Dictionary<string, object?>(Rosa(office))
    {
        ["givenNames"] = "Marvin",
        ["firstSurname"] = "Pérez",
        ["secondSurname"] = null,
        ["sex"] = "Male",
        ["birthDate"] = "2011-06-10",
        ["documents"] = Array.Empty<object>(),
        ["vulnerabilities"] = Array.Empty<string>(),
        ["childStatus"] = "Unaccompanied",
        ["healthNotes"] = null,
        ["escortRequired"] = true,
        ["escortNeeds"] = "Acompañante de la OIM durante todo el viaje",
    };

    public static Dictionary<string, object?> Costs(this Dictionary<string, object?> body, decimal ticket, decimal escort = 0, decimal perDiem = 0, decimal medical = 0)
    {
        body["ticketAmount"] = ticket;
        body["escortAmount"] = escort;
        body["perDiemAmount"] = perDiem;
        body["medicalAmount"] = medical;
        return body;
    }

    public static async Task<RequestView.Details> DraftAsync(this HttpClient consul, Dictionary<string, object?> body) =>
        await (await consul.PostJsonAsync("/api/v1/avr/requests", body)).ReadAsync<RequestView.Details>();

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, RequestView.Details r, string step, Dictionary<string, object?>? body = null)
    {
        body ??= [];
        body.TryAdd("version", r.Version);
        return client.PostJsonAsync($"/api/v1/avr/requests/{r.Id}/{step}", body);
    }

    public static async Task<RequestView.Details> DoAsync(this HttpClient client, RequestView.Details r, string step, Dictionary<string, object?>? body = null) =>
        await (await client.StepAsync(r, step, body)).ReadAsync<RequestView.Details>();

    public static Task<RequestView.Details> ConsentAsync(this HttpClient consul, RequestView.Details r) =>
        consul.DoAsync(r, "consent", new() { ["giver"] = "Person", ["shares"] = new[] { "Vulnerabilities", "HealthDetails" } });

    public static Task<RequestView.Details> ProxyConsentAsync(this HttpClient consul, RequestView.Details r) =>
        consul.DoAsync(r, "consent", new() { ["giver"] = "Proxy", ["proxyName"] = "Lic. Ana Morales", ["proxyRelationship"] = "Procuraduría Federal de Protección de NNA", ["shares"] = new[] { "Vulnerabilities" } });

    /// <summary>Drafted, consented to and submitted by the consulate.</summary>
    public static async Task<RequestView.Details> SubmittedAsync(this AvrWorld w, Dictionary<string, object?>? body = null)
    {
        var r = await w.Consul.DraftAsync(body ?? Rosa(w.Office.Id));
        r = r.Age < 18 ? await w.Consul.ProxyConsentAsync(r) : await w.Consul.ConsentAsync(r);
        return await w.Consul.DoAsync(r, "submit");
    }

    /// <summary>Submitted and checked by the fund manager against the world's fund.</summary>
    public static async Task<RequestView.Details> CheckedAsync(this AvrWorld w, Dictionary<string, object?>? body = null)
    {
        var r = await w.SubmittedAsync(body);
        return await w.Manager.DoAsync(r, "eligibility", new() { ["fundId"] = w.FundId });
    }

    public static Dictionary<string, object?> Travel(bool escort = true) => new()
    {
        ["mode"] = "Air",
        ["departureAt"] = AppFactory.Start.AddHours(1).UtcDateTime,
        ["expectedArrivalAt"] = AppFactory.Start.AddHours(4).UtcDateTime,
        ["itinerary"] = "Aeroméxico AM 650 TAP–MEX, AM 672 MEX–GUA",
        ["pointOfEntry"] = "Aeropuerto Internacional La Aurora",
        ["escortName"] = escort ? "Carlos Ruiz (OIM)" : null,
    };

    public static async Task<ManageFunds.FundSummary> FundAsync(this AvrWorld w) =>
        await (await w.Manager.GetAsync($"/api/v1/avr/funds/{w.FundId}?year={Year}")).ReadAsync<ManageFunds.FundSummary>();
}
