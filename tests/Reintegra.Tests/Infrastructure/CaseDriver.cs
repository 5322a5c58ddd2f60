using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.Referrals;

namespace Reintegra.Tests.Infrastructure;

/// <summary>The calls a case worker, a supervisor and a service provider make through the API, with realistic defaults.</summary>
public static class CaseDriver
{
    /// <summary>A reception centre whose officer registers returns and whose case worker (and supervisor) take them on.</summary>
    public sealed record Office(Institution Institution, HttpClient Reception, AppUser ReceptionUser, HttpClient CaseWorker, AppUser CaseWorkerUser, HttpClient Supervisor, AppUser SupervisorUser);

    public sealed record Provider(Institution Institution, HttpClient Client, AppUser User, Guid ServiceId);

    public static async Task<Office> OfficeAsync(this AppFactory app, string? name = null)
    {
        var institution = await app.CreateInstitutionAsync(name);
        var officer = await app.CreateUserAsync(institution.Id, Roles.ReceptionOfficer);
        var worker = await app.CreateUserAsync(institution.Id, Roles.CaseWorker);
        var supervisor = await app.CreateUserAsync(institution.Id, Roles.Supervisor);
        return new Office(institution, await app.ClientForAsync(officer), officer, await app.ClientForAsync(worker), worker, await app.ClientForAsync(supervisor), supervisor);
    }

    /// <summary>A provider institution with one service of the directory and a user who receives its referrals.</summary>
    public static async Task<Provider> ProviderAsync(this AppFactory app, ServiceCategory category = ServiceCategory.Employment, string? name = null,
        Action<Reintegra.Web.Features.Referrals.ServiceDirectory.ServiceInput>? configure = null)
    {
        var institution = await app.CreateInstitutionAsync(name, InstitutionKind.ServiceProvider);
        var user = await app.CreateUserAsync(institution.Id, Roles.ServiceProvider);
        var input = new ServiceDirectory.ServiceInput
        {
            InstitutionId = institution.Id,
            Name = $"Servicio {category} {Guid.NewGuid():N}"[..40],
            Category = category,
            Languages = ["spa"],
            Phone = "+502 2222 3333",
            Capacity = 50,
        };
        configure?.Invoke(input);
        var details = ServiceDirectory.Read(input, new Reintegra.Web.Web.Checks(new NoText()))!;
        var service = await app.WithDbAsync(async db =>
        {
            var s = new Service(details, app.Clock.GetUtcNow().UtcDateTime);
            db.Services.Add(s);
            await db.SaveChangesAsync();
            return s;
        });
        return new Provider(institution, await app.ClientForAsync(user), user, service.Id);
    }

    /// <summary>Bearer tokens expire as the fake clock moves on by days: sign everyone in again.</summary>
    public static async Task<Office> SignInAgainAsync(this AppFactory app, Office o) => o with
    {
        Reception = await app.ClientForAsync(o.ReceptionUser),
        CaseWorker = await app.ClientForAsync(o.CaseWorkerUser),
        Supervisor = await app.ClientForAsync(o.SupervisorUser),
    };

    public static async Task<Provider> SignInAgainAsync(this AppFactory app, Provider p) => p with { Client = await app.ClientForAsync(p.User) };

    public static async Task<OpenCase.Result> OpenCaseAsync(this HttpClient client, Guid personId, Guid? returnId = null, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["personId"] = personId, ["returnEventId"] = returnId };
        if (extra is not null)
        {
            foreach (var p in extra.GetType().GetProperties())
            {
                body[p.Name] = p.GetValue(extra);
            }
        }
        return await (await client.PostJsonAsync("/api/v1/cases", body)).ReadAsync<OpenCase.Result>();
    }

    /// <summary>A person registered at the office's reception, with an open case held by its case worker.</summary>
    public static async Task<(Returnee Return, OpenCase.Result Case)> ReturneeWithCaseAsync(this Office office, Dictionary<string, object?>? registration = null)
    {
        var ret = await office.Reception.RegisterAsync(registration ?? ReceptionDriver.Adult());
        var c = await office.CaseWorker.OpenCaseAsync(ret.PersonId, ret.ReturnId);
        return (new Returnee(ret.ReturnId, ret.PersonId), c);
    }

    public sealed record Returnee(Guid ReturnId, Guid PersonId);

    public static async Task<CaseView.Details> GetCaseAsync(this HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<CaseView.Details>();

    public static object Consent(int version, ServiceCategory[]? sharing = null, SharedField[]? fields = null, string givenBy = "Person",
        string? proxyName = null, string? proxyRelationship = null) => new
        {
            dataCollection = true,
            sharingWith = sharing ?? [ServiceCategory.Employment, ServiceCategory.Health, ServiceCategory.ChildProtection],
            sharedFields = fields ?? [SharedField.Name, SharedField.SexAndAge, SharedField.Contact, SharedField.Place, SharedField.Needs],
            followUpContact = true,
            employerProposal = false,
            givenBy,
            proxyName,
            proxyRelationship,
            givenOn = "2026-11-19",
            version,
        };

    public static async Task<CaseView.Details> ConsentAsync(this HttpClient client, Guid caseId, ServiceCategory[]? sharing = null, SharedField[]? fields = null)
    {
        var c = await client.GetCaseAsync(caseId);
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/consents", Consent(c.Version, sharing, fields))).ReadAsync<RecordConsent.Result>();
        return await client.GetCaseAsync(caseId);
    }

    public static async Task MoveAsync(this HttpClient client, Guid caseId, CaseStatus to)
    {
        var c = await client.GetCaseAsync(caseId);
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/move", new { to, version = c.Version })).ReadAsync<CaseStatus>();
    }

    public static Dictionary<AssessmentItem, NeedLevel> Ratings(NeedLevel level = NeedLevel.Moderate) =>
        Enum.GetValues<AssessmentItem>().ToDictionary(i => i, _ => level);

    public static async Task<Guid> AssessAsync(this HttpClient client, Guid caseId, NeedLevel level = NeedLevel.Moderate)
    {
        var c = await client.GetCaseAsync(caseId);
        var response = await client.PostJsonAsync($"/api/v1/cases/{caseId}/assessments", new
        {
            assessedOn = "2026-11-19",
            ratings = Ratings(level),
            economicSummary = "Sin empleo desde el retorno; deuda con prestamista por el viaje.",
            socialSummary = "Vive con su madre en Chiantla.",
            psychosocialSummary = "Angustia por la deuda; red familiar fuerte.",
            wantsSkillsCertification = true,
            occupations = new[] { new { iscoCode = "7112", period = "Abroad", years = 6, notes = "Albañil en Houston" } },
            version = c.Version,
        });
        return await response.ReadAsync<Guid>();
    }

    public static async Task<Guid> AddActionAsync(this HttpClient client, Guid caseId, object action)
    {
        var c = await client.GetCaseAsync(caseId);
        var body = action.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(action));
        body["version"] = c.Plan?.Version;
        return await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/plan/actions", body)).ReadAsync<Guid>();
    }

    public static object ReferralAction(ServiceCategory category = ServiceCategory.Employment) =>
        new { dimension = "Economic", level = "Individual", kind = "Referral", description = "Colocación laboral en construcción", serviceCategory = category, targetDate = "2026-12-15" };

    public static object Grant(decimal amount, string kind = "CashGrant") =>
        new { dimension = "Economic", level = "Individual", kind, description = "Capital semilla para herramientas", amount, targetDate = "2026-12-01" };

    public static async Task<PlanStatus> AgreeAsync(this HttpClient client, Guid caseId)
    {
        var c = await client.GetCaseAsync(caseId);
        return await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/plan/agree", new { agreedOn = "2026-11-19", version = c.Plan!.Version })).ReadAsync<PlanStatus>();
    }

    public static async Task<SendReferral.Result> ReferAsync(this HttpClient client, Guid caseId, Guid serviceId, Guid? actionId = null,
        SharedField[]? fields = null, bool overrideConsent = false, string? overrideReason = null)
    {
        var response = await client.SendReferralAsync(caseId, serviceId, actionId, fields, overrideConsent, overrideReason);
        return await response.ReadAsync<SendReferral.Result>();
    }

    public static async Task<HttpResponseMessage> SendReferralAsync(this HttpClient client, Guid caseId, Guid serviceId, Guid? actionId = null,
        SharedField[]? fields = null, bool overrideConsent = false, string? overrideReason = null)
    {
        var c = await client.GetCaseAsync(caseId);
        return await client.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            serviceId,
            planActionId = actionId,
            urgency = "Priority",
            reason = "Busca empleo en construcción; 6 años de experiencia como albañil en Estados Unidos.",
            sharedFields = fields ?? [SharedField.Name, SharedField.SexAndAge, SharedField.Contact],
            overrideConsent,
            overrideReason,
            version = c.Version,
        });
    }

    public static async Task<ReferralView> ReceivedAsync(this HttpClient provider, Guid referralId) =>
        await (await provider.GetAsync($"/api/v1/received-referrals/{referralId}")).ReadAsync<ReferralView>();

    public static async Task AnswerAsync(this HttpClient provider, Guid referralId, string step, string? text = null)
    {
        var r = await provider.ReceivedAsync(referralId);
        var response = await provider.PostJsonAsync($"/api/v1/received-referrals/{referralId}/{step}", new { text, version = r.Version });
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Messages are not under test where the driver builds inputs: keys stand in for text.</summary>
    private sealed class NoText : Microsoft.Extensions.Localization.IStringLocalizer<Reintegra.Web.Web.SharedText>
    {
        public Microsoft.Extensions.Localization.LocalizedString this[string name] => new(name, name);

        public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
