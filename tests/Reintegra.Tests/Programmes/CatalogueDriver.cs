using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Programmes;

namespace Reintegra.Tests.Programmes;

/// <summary>The calls a country focal point and the conference secretariat make, with realistic defaults from the seeds.</summary>
public static class CatalogueDriver
{
    public sealed record Actor(Institution Institution, AppUser User, HttpClient Client);

    public static async Task<Actor> FocalPointAsync(this AppFactory app, string country = "SV", string? institution = null)
    {
        var inst = await app.CreateInstitutionAsync(institution ?? $"Cancillería {country} {Guid.NewGuid():N}"[..40], InstitutionKind.Ministry, country);
        var user = await app.CreateUserAsync(inst.Id, Roles.CountryFocalPoint);
        return new Actor(inst, user, await app.ClientForAsync(user));
    }

    public static async Task<Actor> SecretariatAsync(this AppFactory app)
    {
        var inst = await app.CreateInstitutionAsync($"Secretaría Técnica CRM {Guid.NewGuid():N}"[..40], InstitutionKind.InternationalOrganisation, "CR");
        var user = await app.CreateUserAsync(inst.Id, Roles.ConferenceSecretariat);
        return new Actor(inst, user, await app.ClientForAsync(user));
    }

    /// <summary>El Salvador's service windows for returned women (CRM, Taller sobre Reintegración Sostenible, 2022, note 9).</summary>
    public static Dictionary<string, object?> Programme(string title = "Ventanillas de atención a mujeres migrantes retornadas") => new()
    {
        ["title"] = title,
        ["summary"] = "Ventanillas que orientan y refieren a las mujeres retornadas a los servicios del Estado, con un protocolo de atención diferenciada.",
        ["language"] = "es",
        ["translatedTitle"] = "Service windows for returned migrant women",
        ["levels"] = new[] { "Individual", "Structural" },
        ["dimensions"] = new[] { "Social", "Psychosocial" },
        ["targetGroups"] = new[] { "Women" },
        ["source"] = "CRM, Taller sobre Reintegración Sostenible, Puebla 2022, nota 9",
        ["country"] = "SV",
        ["responsibleInstitution"] = "Gobierno de El Salvador",
        ["partners"] = "OIM",
        ["types"] = new[] { "Reintegration", "Psychosocial" },
        ["targetPopulation"] = "Mujeres salvadoreñas retornadas",
        ["coverage"] = new[] { "SV06", "SV0614" },
        ["fundingSource"] = "Presupuesto nacional",
        ["fundingAmount"] = 250000.50m,
        ["currency"] = "USD",
        ["startDate"] = "2017-01-01",
        ["endDate"] = "2024-12-31",
        ["indicators"] = new[] { new { name = "Mujeres certificadas en ofimática y mercadeo", unit = "personas", target = 40m, achieved = 33m } },
        ["lessonsLearned"] = "La atención diferenciada requiere articulación interinstitucional.",
    };

    public static Dictionary<string, object?> Practice(string title = "Protocolo de atención a mujeres retornadas", string kind = "GoodPractice") => new()
    {
        ["title"] = title,
        ["summary"] = "Protocolo que articula a las instituciones que atienden a mujeres retornadas desde su llegada.",
        ["language"] = "es",
        ["translatedTitle"] = "Care protocol for returned women",
        ["translatedSummary"] = "A protocol that brings together the institutions serving returned women from their arrival.",
        ["levels"] = new[] { "Individual" },
        ["dimensions"] = new[] { "Social" },
        ["targetGroups"] = new[] { "Women", "SurvivorsOfViolence" },
        ["source"] = "Anexo I",
        ["kind"] = kind,
        ["country"] = "SV",
        ["results"] = "Atención coordinada en el punto de llegada.",
        ["lessonsLearned"] = "Conviene un registro único de referencias.",
    };

    public static Dictionary<string, object?> Recommendation(string level = "Community", params string[] countries) => new()
    {
        ["title"] = "Proyectos de inversión productiva en las comunidades de origen",
        ["summary"] = "Impulsar proyectos de inversión productiva en las comunidades de origen de las personas retornadas.",
        ["language"] = "es",
        ["levels"] = new[] { level },
        ["dimensions"] = new[] { "Economic" },
        ["targetGroups"] = new[] { "CommunitiesOfReturn" },
        ["responsibleCountries"] = countries,
        ["responsibleInstitutions"] = "Ministerios de trabajo y de economía",
        ["term"] = "MediumTerm",
        ["dueBy"] = "2027-12-31",
        ["indicators"] = "Proyectos financiados por municipio",
        ["source"] = "OEA, Marco de Acción de la CAM",
    };

    public static async Task<ManageProgrammes.ProgrammeView> CreateProgrammeAsync(this Actor focal, Dictionary<string, object?>? body = null) =>
        await (await focal.Client.PostJsonAsync("/api/v1/programmes", body ?? Programme())).ReadAsync<ManageProgrammes.ProgrammeView>();

    public static async Task<ManagePractices.PracticeView> CreatePracticeAsync(this Actor focal, Dictionary<string, object?>? body = null) =>
        await (await focal.Client.PostJsonAsync("/api/v1/practices", body ?? Practice())).ReadAsync<ManagePractices.PracticeView>();

    public static async Task<ManageProgrammes.ProgrammeView> GetProgrammeAsync(this Actor actor, Guid id) =>
        await (await actor.Client.GetAsync($"/api/v1/programmes/{id}")).ReadAsync<ManageProgrammes.ProgrammeView>();

    public static async Task<ManagePractices.PracticeView> GetPracticeAsync(this Actor actor, Guid id) =>
        await (await actor.Client.GetAsync($"/api/v1/practices/{id}")).ReadAsync<ManagePractices.PracticeView>();

    /// <summary>A step of the review (submit, publish, request-changes) with the version just read; asserts it succeeded.</summary>
    public static async Task StepAsync(this Actor actor, string resource, Guid id, string step, string? note = null)
    {
        var version = resource == "programmes" ? (await actor.GetProgrammeAsync(id)).Version : (await actor.GetPracticeAsync(id)).Version;
        var response = await actor.Client.PostJsonAsync($"/api/v1/{resource}/{id}/{step}", new { version, note });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.NoContent, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Creates, submits and publishes a programme; returns its id.</summary>
    public static async Task<Guid> PublishedProgrammeAsync(this Actor focal, Actor secretariat, Dictionary<string, object?>? body = null)
    {
        var created = await focal.CreateProgrammeAsync(body);
        await focal.StepAsync("programmes", created.Id, "submit");
        await secretariat.StepAsync("programmes", created.Id, "publish");
        return created.Id;
    }

    public static async Task<Guid> PublishedPracticeAsync(this Actor focal, Actor secretariat, Dictionary<string, object?>? body = null)
    {
        var created = await focal.CreatePracticeAsync(body);
        await focal.StepAsync("practices", created.Id, "submit");
        await secretariat.StepAsync("practices", created.Id, "publish");
        return created.Id;
    }

    public static async Task<ManageRoadmap.RecommendationView> PublishedRecommendationAsync(this Actor secretariat, Dictionary<string, object?>? body = null)
    {
        var created = await (await secretariat.Client.PostJsonAsync("/api/v1/roadmap/recommendations", body ?? Recommendation())).ReadAsync<ManageRoadmap.RecommendationView>();
        var response = await secretariat.Client.PostJsonAsync($"/api/v1/roadmap/recommendations/{created.Id}/publish", new { version = created.Version });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        return await (await secretariat.Client.GetAsync($"/api/v1/roadmap/recommendations/{created.Id}")).ReadAsync<ManageRoadmap.RecommendationView>();
    }

    /// <summary>A client with no user at all, as a visitor of the portal.</summary>
    public static HttpClient Anonymous(this AppFactory app, string? language = null)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }
}
