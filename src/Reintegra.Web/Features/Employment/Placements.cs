using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>
/// Putting a person forward for a vacancy (with their agreement and their consent to be proposed to employers) and
/// what came of it. The employer sees the person's name and phone only for the people put forward to it, and only
/// while their consent stands; the case's institution sees its cases' placements and the outcome figures.
/// </summary>
public sealed class Placements(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, AuditLog audit, EmploymentAccess access)
{
    public sealed class PutForwardInput
    {
        public Guid? VacancyId { get; set; }

        /// <summary>The person agreed to be put forward for this vacancy (their name and phone go to the employer).</summary>
        public bool PersonAgreed { get; set; }

        public DateOnly? AgreedOn { get; set; }
    }

    public sealed class HireInput
    {
        public DateOnly? StartedOn { get; set; }

        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public sealed class NotHiredInput
    {
        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public sealed class RetentionInput
    {
        /// <summary>3 or 6.</summary>
        public int? Months { get; set; }

        public bool? StillEmployed { get; set; }

        public int? Version { get; set; }
    }

    public sealed record EmployerView(Guid Id, Guid VacancyId, string Vacancy, PlacementStatus Status, int Score, DateTime ProposedAt, bool ConsentStands,
        string? Name, string? Phone, DateOnly? StartedOn, string? DecisionNote, bool? EmployedAt3Months, bool? EmployedAt6Months, int Version);

    public sealed record CaseView(Guid Id, Guid VacancyId, string Vacancy, string IscoCode, string Employer, PlacementStatus Status, int Score, DateTime ProposedAt,
        DateOnly PersonAgreedOn, DateOnly? StartedOn, string? DecisionNote, bool? EmployedAt3Months, bool? EmployedAt6Months, bool Check3Due, bool Check6Due, int Version);

    public sealed record Outcomes(int PutForward, int Hired, int NotHired, int EmployedAt3Months, int LeftBy3Months, int EmployedAt6Months, int LeftBy6Months, int ChecksDue);

    public async Task<Guid?> PutForwardAsync(Guid caseId, PutForwardInput input, CancellationToken ct)
    {
        var c = await access.OpenCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var today = time.Today;
        checks.Required("vacancyId", input.VacancyId);
        if (!input.PersonAgreed)
        {
            checks.Add("personAgreed", "Employment.PersonMustAgree");
        }
        if (checks.Required("agreedOn", input.AgreedOn))
        {
            if (input.AgreedOn > today)
            {
                checks.Add("agreedOn", "Validation.DateInFuture");
            }
            else if (input.AgreedOn < today.AddDays(-30))
            {
                checks.Add("agreedOn", "Validation.DateTooOld");
            }
        }
        var vacancy = input.VacancyId is { } vid ? await db.Set<Vacancy>().FirstOrDefaultAsync(v => v.Id == vid, ct) : null;
        if (input.VacancyId is not null && vacancy is null)
        {
            checks.Add("vacancyId", "Employment.UnknownVacancy");
        }
        checks.ThrowIfInvalid();

        if (c.Status == CaseStatus.Closed)
        {
            throw new DomainException("Employment.CaseClosed");
        }
        var consent = c.CurrentConsent;
        if (consent?.EmployerProposal != true)
        {
            throw new DomainException("Employment.NoEmployerConsent");
        }
        var profile = await db.Set<SkillsProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct)
            ?? throw new DomainException("Employment.NoProfile");
        if (!profile.IsAdultOn(today))
        {
            throw new DomainException("Employment.ChildNotProposed");
        }
        if (await db.Set<Placement>().AnyAsync(p => p.CaseId == caseId && p.VacancyId == vacancy!.Id, ct))
        {
            throw new DomainException("Employment.AlreadyPutForward");
        }
        var score = MatchJobs.ScoreOf(profile, vacancy!) ?? throw new DomainException("Employment.NotAMatch");
        var placement = new Placement(vacancy!, c.Id, c.InstitutionId, c.PersonId, consent.Id, input.AgreedOn!.Value, score, today, me.Id,
            clock.GetUtcNow().UtcDateTime);
        db.Add(placement);
        await db.SaveChangesAsync(ct);
        return placement.Id;
    }

    /// <summary>The people put forward to the employer (optionally for one of its vacancies); names only while consent stands.</summary>
    public async Task<IReadOnlyList<EmployerView>> ForEmployerAsync(Guid? vacancyId, CancellationToken ct)
    {
        var rows = await access.Placements.AsNoTracking().Where(p => p.EmployerId == me.InstitutionId && (vacancyId == null || p.VacancyId == vacancyId))
            .OrderByDescending(p => p.ProposedAt).Take(200)
            .Select(p => new
            {
                p,
                Vacancy = access.Vacancies.Where(v => v.Id == p.VacancyId).Select(v => v.Title).First(),
                Consent = access.CasesWithEmployerConsent.Contains(p.CaseId),
            })
            .ToListAsync(ct);
        var shown = rows.Where(r => r.Consent).Select(r => r.p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(x => shown.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var result = new List<EmployerView>(rows.Count);
        foreach (var r in rows)
        {
            var person = r.Consent ? people[r.p.PersonId] : null;
            if (person is not null)
            {
                audit.Viewed(nameof(Placement), r.p.Id, r.p.PersonId, "name and phone to employer");
            }
            result.Add(new EmployerView(r.p.Id, r.p.VacancyId, r.Vacancy, r.p.Status, r.p.Score, r.p.ProposedAt, r.Consent, person?.DisplayName, person?.Phone,
                r.p.StartedOn, r.p.DecisionNote, r.p.EmployedAt3Months, r.p.EmployedAt6Months, r.p.Version));
        }
        await audit.SaveAsync(ct);
        return result;
    }

    public async Task<bool> HireAsync(Guid id, HireInput input, CancellationToken ct)
    {
        var p = await access.EmployerPlacementAsync(id, ct);
        if (p is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Required("startedOn", input.StartedOn);
        checks.Text("note", input.Note, 1000);
        checks.ThrowIfInvalid();
        var vacancy = await db.Set<Vacancy>().FirstAsync(v => v.Id == p.VacancyId, ct);
        access.ExpectVersion(p, input.Version!.Value);
        p.Hire(vacancy, input.StartedOn!.Value, Clean(input.Note), time.Today, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> NotHiredAsync(Guid id, NotHiredInput input, CancellationToken ct)
    {
        var p = await access.EmployerPlacementAsync(id, ct);
        if (p is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Text("note", input.Note, 1000);
        checks.ThrowIfInvalid();
        access.ExpectVersion(p, input.Version!.Value);
        p.NotHired(Clean(input.Note), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Still employed at 3 or 6 months: recorded by the employer (its placements) or the case worker (their cases' placements).</summary>
    public async Task<bool> RetentionAsync(Guid id, RetentionInput input, bool asEmployer, CancellationToken ct)
    {
        var p = asEmployer ? await access.EmployerPlacementAsync(id, ct) : await access.CasePlacementAsync(id, ct);
        if (p is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        if (checks.Required("months", input.Months) && input.Months is not (3 or 6))
        {
            checks.Add("months", "Validation.UnknownOption");
        }
        checks.Required("stillEmployed", input.StillEmployed);
        checks.ThrowIfInvalid();
        access.ExpectVersion(p, input.Version!.Value);
        p.RecordRetention(input.Months!.Value, input.StillEmployed!.Value, time.Today);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The placements of a case of the user's institution (null when the case is not found).</summary>
    public async Task<IReadOnlyList<CaseView>?> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId && x.InstitutionId == me.InstitutionId).Select(x => new { x.Id, x.PersonId }).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }
        var today = time.Today;
        var rows = await access.Placements.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.ProposedAt)
            .Join(access.Vacancies, p => p.VacancyId, v => v.Id, (p, v) => new { p, v.Title, v.IscoCode, v.EmployerId })
            .Join(db.Institutions, x => x.EmployerId, i => i.Id, (x, i) => new { x.p, x.Title, x.IscoCode, Employer = i.Name })
            .ToListAsync(ct);
        if (rows.Count > 0)
        {
            audit.Viewed(nameof(Placement), rows[0].p.Id, c.PersonId, $"{rows.Count} placements of the case");
            await audit.SaveAsync(ct);
        }
        return rows.Select(r => new CaseView(r.p.Id, r.p.VacancyId, r.Title, r.IscoCode, r.Employer, r.p.Status, r.p.Score, r.p.ProposedAt, r.p.PersonAgreedOn,
            r.p.StartedOn, r.p.DecisionNote, r.p.EmployedAt3Months, r.p.EmployedAt6Months,
            Due(r.p, 3, today), Due(r.p, 6, today), r.p.Version)).ToList();
    }

    /// <summary>Placement outcomes of the institution's cases (or only the user's own cases): counts, no person.</summary>
    public async Task<Outcomes> OutcomesAsync(bool mine, CancellationToken ct)
    {
        var today = time.Today;
        var query = access.Placements.AsNoTracking().Where(p => p.CaseInstitutionId == me.InstitutionId);
        if (mine)
        {
            query = query.Where(p => db.Cases.Any(c => c.Id == p.CaseId && c.CaseWorkerId == me.Id));
        }
        var rows = await query.Select(p => new { p.Status, p.StartedOn, p.EmployedAt3Months, p.EmployedAt6Months }).ToListAsync(ct);
        return new Outcomes(
            rows.Count(r => r.Status == PlacementStatus.PutForward),
            rows.Count(r => r.Status == PlacementStatus.Hired),
            rows.Count(r => r.Status == PlacementStatus.NotHired),
            rows.Count(r => r.EmployedAt3Months == true),
            rows.Count(r => r.EmployedAt3Months == false),
            rows.Count(r => r.EmployedAt6Months == true),
            rows.Count(r => r.EmployedAt6Months == false),
            rows.Count(r => r.Status == PlacementStatus.Hired && r.StartedOn is { } s
                && ((r.EmployedAt3Months is null && today >= s.AddMonths(3)) || (r.EmployedAt6Months is null && r.EmployedAt3Months != false && today >= s.AddMonths(6)))));
    }

    private static bool Due(Placement p, int months, DateOnly today) =>
        p.Status == PlacementStatus.Hired && p.StartedOn is { } s && today >= s.AddMonths(months)
        && (months == 3 ? p.EmployedAt3Months is null : p.EmployedAt6Months is null && p.EmployedAt3Months != false);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
