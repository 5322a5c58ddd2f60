using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Demo;

/// <summary>
/// The reintegration part of the demo: a directory of services, and cases of returnees from the demo's arrivals at
/// every stage — consent, assessment, plan, referrals answered by a provider, follow-up, one closed. Every step goes
/// through the same handlers as the pages and the API, acting as the demo user who would take it, so the audit
/// trail, the guards and the figures are those of real work.
/// </summary>
public sealed class DemoCases(
    AppDbContext db,
    IHttpContextAccessor http,
    ServiceDirectory directory,
    OpenCase open,
    RecordConsent consent,
    RecordAssessment assess,
    EditPlan plan,
    MoveCase move,
    SendReferral refer,
    ReceivedReferrals received,
    LocalTime time)
{
    /// <summary>The people, institutions and users the demo made before the cases.</summary>
    public sealed record Cast(Guid CentreId, AppUser CaseWorker, AppUser Provider, Guid ProviderInstitutionId);

    /// <summary>How far each demo case goes, in the order cases are opened (the most recent arrivals first).</summary>
    private enum Stage
    {
        Opened,
        Consented,
        Assessed,
        Planned,
        Referred,
        Implementing,
        FollowUp,
        Closed,
    }

    private static readonly Stage[] Stages =
    [
        Stage.Opened, Stage.Opened, Stage.Consented, Stage.Assessed, Stage.Assessed, Stage.Planned,
        Stage.Referred, Stage.Referred, Stage.Implementing, Stage.FollowUp, Stage.FollowUp, Stage.Closed,
    ];

    public async Task<(int Services, int Cases, int Referrals)> LoadAsync(Cast cast, CancellationToken ct)
    {
        var services = await ServicesAsync(cast.ProviderInstitutionId, ct);
        // Adults who came through the demo centre, most recent first: the ones a case worker would be opening now.
        var people = await (from r in db.Returns.AsNoTracking()
                            where r.InstitutionId == cast.CentreId && r.AgeAtReturn >= ReturnEvent.AdultAge
                            orderby r.ArrivedAt descending
                            select r.PersonId).Distinct().Take(Stages.Length * 2).ToListAsync(ct);
        var opened = 0;
        var referrals = 0;
        foreach (var (personId, stage) in people.Distinct().Take(Stages.Length).Zip(Stages))
        {
            try
            {
                referrals += await CaseAsync(cast, personId, stage, services, ct);
            }
            catch (InputValidationException e)
            {
                // A handler's rules changed and the demo no longer satisfies them: say which, rather than "not valid".
                throw new InvalidOperationException(
                    $"The demo case at stage {stage} was refused: " + string.Join("; ", e.Errors.Select(kv => $"{kv.Key}: {string.Join(" ", kv.Value)}")), e);
            }
            opened++;
        }
        return (services.Count, opened, referrals);
    }

    /// <summary>One case taken as far as its stage; returns the referrals it sent.</summary>
    private async Task<int> CaseAsync(Cast cast, Guid personId, Stage stage, IReadOnlyDictionary<ServiceCategory, Guid> services, CancellationToken ct)
    {
        var today = time.Today;
        ActAs(cast.CaseWorker, Roles.CaseWorker);
        var caseId = (await open.OpenAsync(new OpenCase.Input { PersonId = personId, Notes = "Caso de demostración." }, ct)).CaseId;
        if (stage == Stage.Opened)
        {
            return 0;
        }
        await consent.RecordAsync(caseId, new RecordConsent.Input
        {
            DataCollection = true,
            SharingWith = [ServiceCategory.Employment, ServiceCategory.MentalHealthPsychosocial, ServiceCategory.Health, ServiceCategory.IdentityDocuments],
            SharedFields = [SharedField.Name, SharedField.SexAndAge, SharedField.Contact, SharedField.Place, SharedField.Needs],
            FollowUpContact = true,
            EmployerProposal = stage >= Stage.Planned,
            GivenBy = ConsentGivenBy.Person,
            GivenOn = today,
            Version = await CaseVersionAsync(caseId, ct),
        }, ct);
        await MoveAsync(caseId, CaseStatus.Assessment, ct);
        if (stage == Stage.Consented)
        {
            return 0;
        }
        await assess.RecordAsync(caseId, new RecordAssessment.Input
        {
            AssessedOn = today,
            Ratings = Enum.GetValues<AssessmentItem>().ToDictionary(i => i, i => ((int)i % 4) switch
            {
                0 => NeedLevel.High,
                1 => NeedLevel.Moderate,
                2 => NeedLevel.Low,
                _ => NeedLevel.NoNeed,
            }),
            EconomicSummary = "Sin empleo desde el retorno; deudas por el viaje.",
            SocialSummary = "Vive con su familia en su municipio de origen.",
            PsychosocialSummary = "Refiere ansiedad y dificultad para dormir.",
            WantsSkillsCertification = true,
            Occupations = [new RecordAssessment.OccupationInput { IscoCode = "7112", Period = OccupationPeriod.Abroad, Years = 4 }],
            Version = await CaseVersionAsync(caseId, ct),
        }, ct);
        if (stage == Stage.Assessed)
        {
            return 0;
        }
        await MoveAsync(caseId, CaseStatus.Plan, ct);
        await plan.SetGoalAsync(caseId, new EditPlan.GoalInput { Goal = "Ingreso estable en su municipio en seis meses." }, ct);
        var grant = await plan.AddActionAsync(caseId, new EditPlan.ActionInput
        {
            Dimension = Dimension.Economic,
            Level = InterventionLevel.Individual,
            Kind = PlanActionKind.InKindGrant,
            Description = "Herramientas de albañilería",
            Amount = 350m,
            TargetDate = today.AddDays(30),
            Version = await PlanVersionAsync(caseId, ct),
        }, ct);
        var employment = await plan.AddActionAsync(caseId, new EditPlan.ActionInput
        {
            Dimension = Dimension.Economic,
            Level = InterventionLevel.Individual,
            Kind = PlanActionKind.Referral,
            Description = "Inscripción en la bolsa de empleo",
            ServiceCategory = ServiceCategory.Employment,
            TargetDate = today.AddDays(21),
            Version = await PlanVersionAsync(caseId, ct),
        }, ct);
        await plan.AgreeAsync(caseId, new EditPlan.AgreeInput { AgreedOn = today, Version = await PlanVersionAsync(caseId, ct) }, ct);
        if (stage == Stage.Planned)
        {
            return 0;
        }
        await MoveAsync(caseId, CaseStatus.Implementation, ct);
        var referralId = (await refer.SendAsync(caseId, new SendReferral.Input
        {
            ServiceId = services[ServiceCategory.Employment],
            PlanActionId = employment,
            Urgency = ReferralUrgency.Routine,
            Reason = "Busca empleo en construcción; experiencia de cuatro años en el extranjero.",
            SharedFields = [SharedField.Name, SharedField.SexAndAge, SharedField.Contact, SharedField.Place],
            Version = await CaseVersionAsync(caseId, ct),
        }, ct))!.ReferralId;
        // Cases still in implementation also wait for a psychosocial service; the finished ones needed only the plan.
        var psychosocial = stage is Stage.Referred or Stage.Implementing;
        if (psychosocial)
        {
            await refer.SendAsync(caseId, new SendReferral.Input
            {
                ServiceId = services[ServiceCategory.MentalHealthPsychosocial],
                Urgency = ReferralUrgency.Priority,
                Reason = "Ansiedad desde el retorno; pide acompañamiento.",
                SharedFields = [SharedField.Name, SharedField.SexAndAge, SharedField.Contact, SharedField.Needs],
                Version = await CaseVersionAsync(caseId, ct),
            }, ct);
        }
        if (stage == Stage.Referred)
        {
            return 2;
        }

        // The provider takes the employment referral through to the end.
        ActAs(cast.Provider, Roles.ServiceProvider);
        await received.AcceptAsync(referralId, new ReceivedReferrals.AnswerInput { Version = await ReferralVersionAsync(referralId, ct) }, ct);
        await received.StartAsync(referralId, new ReceivedReferrals.AnswerInput { Version = await ReferralVersionAsync(referralId, ct) }, ct);
        if (stage == Stage.Implementing)
        {
            return 2;
        }
        await received.CompleteAsync(referralId, new ReceivedReferrals.AnswerInput
        {
            Text = "Inscrito en la bolsa de empleo; dos entrevistas concertadas.",
            Version = await ReferralVersionAsync(referralId, ct),
        }, ct);

        ActAs(cast.CaseWorker, Roles.CaseWorker);
        await plan.SetActionStatusAsync(caseId, grant!.Value, new EditPlan.StatusInput
        {
            Status = PlanActionStatus.Done,
            Outcome = "Herramientas entregadas.",
            Version = await db.PlanActions.AsNoTracking().Where(a => a.Id == grant).Select(a => a.Version).FirstAsync(ct),
        }, ct);
        await MoveAsync(caseId, CaseStatus.FollowUp, ct);
        if (stage == Stage.FollowUp)
        {
            return 1;
        }
        await move.CloseAsync(caseId, new MoveCase.CloseInput
        {
            Reason = CaseClosureReason.PlanCompleted,
            Note = "Trabaja en construcción en su municipio.",
            Version = await CaseVersionAsync(caseId, ct),
        }, ct);
        return 1;
    }

    /// <summary>Services of the demo provider, one per kind of need the demo cases have.</summary>
    private async Task<Dictionary<ServiceCategory, Guid>> ServicesAsync(Guid providerId, CancellationToken ct)
    {
        var made = new Dictionary<ServiceCategory, Guid>();
        foreach (var (category, name, description) in new[]
        {
            (ServiceCategory.Employment, "Bolsa de empleo para personas retornadas", "Orientación laboral, intermediación con empresas y ferias de empleo."),
            (ServiceCategory.MentalHealthPsychosocial, "Acompañamiento psicosocial", "Atención individual y grupos de apoyo para personas retornadas y sus familias."),
            (ServiceCategory.Health, "Clínica de atención primaria", "Consulta general y seguimiento de enfermedades crónicas."),
            (ServiceCategory.IdentityDocuments, "Ventanilla de documentos de identidad", "Reposición de documento de identificación y certificados de nacimiento."),
            (ServiceCategory.VocationalTraining, "Cursos técnicos de corta duración", "Albañilería, electricidad, cocina y atención al cliente."),
        })
        {
            var service = await directory.CreateAsync(new ServiceDirectory.ServiceInput
            {
                InstitutionId = providerId,
                Name = name,
                Category = category,
                Description = description,
                Languages = ["spa"],
                Phone = "+502 2200 0000",
                Capacity = 40,
            }, ct);
            made[category] = service.Id;
        }
        return made;
    }

    private async Task MoveAsync(Guid caseId, CaseStatus to, CancellationToken ct) =>
        await move.MoveAsync(caseId, new MoveCase.MoveInput { To = to, Version = await CaseVersionAsync(caseId, ct) }, ct);

    private Task<int> CaseVersionAsync(Guid caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Version).FirstAsync(ct);

    private Task<int> PlanVersionAsync(Guid caseId, CancellationToken ct) =>
        db.Plans.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.Version).FirstAsync(ct);

    private Task<int> ReferralVersionAsync(Guid referralId, CancellationToken ct) =>
        db.Referrals.AsNoTracking().Where(r => r.Id == referralId).Select(r => r.Version).FirstAsync(ct);

    /// <summary>The handlers read the signed-in user from the request; the demo takes each step as the user who would.</summary>
    private void ActAs(AppUser user, string role)
    {
        db.ChangeTracker.Clear();
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName!),
                new Claim(CurrentUser.InstitutionClaim, user.InstitutionId.ToString()),
                new Claim(ClaimTypes.Role, role),
            ], "demo");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }
}
