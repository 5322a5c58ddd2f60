using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.Employment;

namespace Reintegra.Tests.Employment;

/// <summary>The calls a case worker and an employer make in the employment area, with realistic defaults.</summary>
public static class EmploymentDriver
{
    public sealed record Employer(Institution Institution, AppUser User, HttpClient Client);

    public static async Task<Employer> EmployerAsync(this AppFactory app, string? name = null)
    {
        var institution = await app.CreateInstitutionAsync(name ?? $"Empresa {Guid.NewGuid():N}"[..20], InstitutionKind.Employer);
        var user = await app.CreateUserAsync(institution.Id, Roles.Employer);
        return new Employer(institution, user, await app.ClientForAsync(user));
    }

    /// <summary>Records a consent that does (or does not) include being proposed to employers.</summary>
    public static async Task ConsentToEmployersAsync(this HttpClient worker, Guid caseId, bool employerProposal = true, bool proxy = false)
    {
        var c = await worker.GetCaseAsync(caseId);
        var response = await worker.PostJsonAsync($"/api/v1/cases/{caseId}/consents", new
        {
            dataCollection = true,
            sharingWith = new[] { ServiceCategory.Employment },
            sharedFields = new[] { SharedField.Name, SharedField.SexAndAge },
            followUpContact = true,
            employerProposal,
            givenBy = proxy ? "Proxy" : "Person",
            proxyName = proxy ? "Ana Tzul" : null,
            proxyRelationship = proxy ? "Parent" : null,
            givenOn = "2026-11-19",
            version = c.Version,
        });
        await response.ReadAsync<RecordConsent.Result>();
    }

    public static object Profile(string isco = "7112", int years = 6, string adm1 = "GT13", string? adm2 = "GT1301", int? version = null,
        string[]? skills = null, string mobility = "WithinDepartment") => new
        {
            occupations = new object[] { new { iscoCode = isco, period = "Abroad", years }, new { iscoCode = "9313", period = "BeforeMigration", years = 2 } },
            skills = skills ?? ["Albañilería", "Lectura de planos"],
            languages = new[] { new { code = "spa", level = "Native" }, new { code = "eng", level = "Intermediate" } },
            education = "Primary",
            certificates = new[] { new { name = "Construcción OSHA 10", iscoCode = isco, issuer = "OSHA", year = 2022 } },
            preferredSector = isco[..1],
            adm1PCode = adm1,
            adm2PCode = adm2,
            mobility,
            availableFrom = "2026-11-19",
            version,
        };

    public static async Task<Guid> SaveProfileAsync(this HttpClient worker, Guid caseId, object? profile = null)
    {
        var current = await (await worker.GetAsync($"/api/v1/cases/{caseId}/skills-profile")).ReadAsync<SaveProfile.ProfileView>();
        var body = profile ?? Profile();
        var dict = body.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(body));
        dict["version"] = current.Version;
        return await (await worker.PutJsonAsync($"/api/v1/cases/{caseId}/skills-profile", dict)).ReadAsync<Guid>();
    }

    public static object Vacancy(string isco = "7112", string adm1 = "GT13", string? adm2 = "GT1301", int places = 2, string closingOn = "2026-12-31") => new
    {
        title = "Albañil para obra de vivienda",
        iscoCode = isco,
        adm1PCode = adm1,
        adm2PCode = adm2,
        description = "Obra en Huehuetenango, contrato de 6 meses.",
        skills = new[] { "albañileria", "Lectura de planos", "Soldadura" },
        minYears = 3,
        languageCode = (string?)null,
        languageLevel = (string?)null,
        certificationRequired = false,
        places,
        wageMin = 3200m,
        wageMax = 4000m,
        startOn = "2026-12-01",
        closingOn,
    };

    public static async Task<Guid> PublishAsync(this Employer employer, object? vacancy = null) =>
        await (await employer.Client.PostJsonAsync("/api/v1/employer/vacancies", vacancy ?? Vacancy())).ReadAsync<Guid>();

    private static int _people;

    private static readonly string[] Given = ["María José", "Juan Carlos", "Rosa Elvira", "Pedro Pablo", "Ana Lucía", "Óscar René", "Marta Julia", "Luis Fernando"];

    private static readonly string[] Surnames = ["Tzul", "Ajú", "Cac", "Pop", "Xol", "Chen", "Coc", "Yat", "Caal", "Tiul", "Bol"];

    /// <summary>A different adult each time, so that reception never recognises two test people as the same one.</summary>
    public static Dictionary<string, object?> SomeAdult()
    {
        var i = Interlocked.Increment(ref _people);
        return ReceptionDriver.Adult(Given[i % Given.Length], Surnames[i % Surnames.Length], Surnames[(i / Surnames.Length) % Surnames.Length],
            $"{1970 + (i % 30)}-{1 + (i % 12):00}-{1 + (i % 28):00}").With("documents", Array.Empty<object>());
    }

    /// <summary>A returnee with a case, consent to be proposed to employers (unless told otherwise) and a saved profile.</summary>
    public static async Task<(CaseDriver.Returnee Returnee, Guid CaseId)> CandidateAsync(this CaseDriver.Office office, object? profile = null,
        bool employerProposal = true, Dictionary<string, object?>? registration = null)
    {
        var (returnee, c) = await office.ReturneeWithCaseAsync(registration ?? SomeAdult());
        await office.CaseWorker.ConsentToEmployersAsync(c.CaseId, employerProposal, proxy: registration is not null && registration.ContainsKey("childStatus"));
        await office.CaseWorker.SaveProfileAsync(c.CaseId, profile);
        return (returnee, c.CaseId);
    }

    public static Task<HttpResponseMessage> PutForwardAsync(this HttpClient worker, Guid caseId, Guid vacancyId, bool agreed = true) =>
        worker.PostJsonAsync($"/api/v1/cases/{caseId}/placements", new { vacancyId, personAgreed = agreed, agreedOn = "2026-11-19" });

    public static async Task<IReadOnlyList<Placements.EmployerView>> PutForwardToMeAsync(this Employer employer, Guid vacancyId) =>
        await (await employer.Client.GetAsync($"/api/v1/employer/placements?vacancyId={vacancyId}")).ReadAsync<List<Placements.EmployerView>>();
}
