using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>
/// Where every employment handler starts: the user's institution's cases, the employer's own vacancies and the
/// placements each side may see; and which skills profiles may be proposed to employers at all.
/// </summary>
public sealed class EmploymentAccess(AppDbContext db, CurrentUser me)
{
    public IQueryable<SkillsProfile> Profiles => db.Set<SkillsProfile>();

    public IQueryable<Vacancy> Vacancies => db.Set<Vacancy>();

    public IQueryable<Placement> Placements => db.Set<Placement>();

    /// <summary>A case of the user's institution that is not closed (another institution's case is not found).</summary>
    public Task<ReintegrationCase?> OpenCaseAsync(Guid caseId, CancellationToken ct) =>
        db.Cases.Include(c => c.Consents).FirstOrDefaultAsync(c => c.Id == caseId && c.InstitutionId == me.InstitutionId, ct);

    /// <summary>
    /// Profiles that may be proposed to employers today: the case is open, its current consent includes the employer
    /// proposal, and the person is an adult. Read at each query, so a withdrawal of consent takes effect at once.
    /// </summary>
    public IQueryable<SkillsProfile> Proposable(DateOnly today) =>
        db.Set<SkillsProfile>().Where(p => (p.AdultOn == null || p.AdultOn <= today)
            && db.Cases.Any(c => c.Id == p.CaseId && c.Status != CaseStatus.Closed)
            && db.Consents.Any(c => c.CaseId == p.CaseId && c.SupersededAt == null && c.WithdrawnAt == null && c.EmployerProposal));

    /// <summary>Whether the person behind a placement still agrees to be proposed to employers (else the employer sees no name).</summary>
    public IQueryable<Guid> CasesWithEmployerConsent =>
        db.Consents.Where(c => c.CaseId != null && c.SupersededAt == null && c.WithdrawnAt == null && c.EmployerProposal).Select(c => c.CaseId!.Value);

    /// <summary>The employer's own vacancy (another employer's is not found).</summary>
    public Task<Vacancy?> OwnVacancyAsync(Guid id, CancellationToken ct) =>
        db.Set<Vacancy>().FirstOrDefaultAsync(v => v.Id == id && v.EmployerId == me.InstitutionId, ct);

    /// <summary>A placement put forward to the user's employer institution.</summary>
    public Task<Placement?> EmployerPlacementAsync(Guid id, CancellationToken ct) =>
        db.Set<Placement>().FirstOrDefaultAsync(p => p.Id == id && p.EmployerId == me.InstitutionId, ct);

    /// <summary>A placement of a case of the user's institution.</summary>
    public Task<Placement?> CasePlacementAsync(Guid id, CancellationToken ct) =>
        db.Set<Placement>().FirstOrDefaultAsync(p => p.Id == id && p.CaseInstitutionId == me.InstitutionId, ct);

    /// <summary>Sets the version the client read, so that saving over someone else's change fails with a conflict.</summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
