using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// Finds a case of the user's institution (another institution's case is not found) and gathers what its
/// transitions depend on: consent, assessments, plan and the child-protection referral.
/// </summary>
public sealed class CaseAccess(AppDbContext db, CurrentUser me, CaseSettings settings)
{
    public Task<ReintegrationCase?> FindAsync(Guid id, CancellationToken ct) =>
        db.Cases.Include(c => c.Consents).Include(c => c.Members).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id && c.InstitutionId == me.InstitutionId, ct);

    public Task<ReintegrationPlan?> PlanAsync(Guid caseId, CancellationToken ct) =>
        db.Plans.Include(p => p.Actions).FirstOrDefaultAsync(p => p.CaseId == caseId, ct);

    public Task<bool> HasChildProtectionReferralAsync(Guid caseId, CancellationToken ct) =>
        db.Referrals.AnyAsync(r => r.CaseId == caseId && r.Category == ServiceCategory.ChildProtection
            && r.Status != ReferralStatus.Declined && r.Status != ReferralStatus.Withdrawn && r.Status != ReferralStatus.Closed, ct);

    public async Task<CaseProgress> ProgressAsync(ReintegrationCase c, ReintegrationPlan? plan, CancellationToken ct) => new(
        c.CurrentConsent?.DataCollection == true,
        await db.Assessments.AnyAsync(a => a.CaseId == c.Id, ct),
        plan?.IsReady(settings.ApprovalThreshold) == true,
        plan?.AllActionsFinished == true,
        plan?.AnyActionDone == true,
        await HasChildProtectionReferralAsync(c.Id, ct));

    /// <summary>The person's case at the user's institution that is not closed, if any (for the buttons on the person and return pages).</summary>
    public Task<Guid?> OpenCaseIdAsync(Guid personId, CancellationToken ct = default) =>
        db.Cases.Where(c => c.PersonId == personId && c.InstitutionId == me.InstitutionId && c.Status != CaseStatus.Closed)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    public sealed record Option(Guid Id, string Name);

    public Task<Guid> CaseOfTransferAsync(Guid transferId, CancellationToken ct) =>
        db.CaseTransfers.Where(t => t.Id == transferId).Select(t => t.CaseId).FirstAsync(ct);

    /// <summary>Users of the institution who may own cases.</summary>
    public async Task<IReadOnlyList<Option>> CaseWorkersAsync(CancellationToken ct)
    {
        var roles = Policies.RolesByPolicy[Policies.Cases];
        return await db.Users.AsNoTracking()
            .Where(u => u.InstitutionId == me.InstitutionId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.FullName).Select(u => new Option(u.Id, u.FullName)).ToListAsync(ct);
    }

    /// <summary>Active institutions a case could be transferred to.</summary>
    public async Task<IReadOnlyList<Option>> OtherInstitutionsAsync(CancellationToken ct) =>
        await db.Institutions.AsNoTracking().Where(i => i.IsActive && i.Id != me.InstitutionId).OrderBy(i => i.Name)
            .Select(i => new Option(i.Id, i.Name)).ToListAsync(ct);

    /// <summary>People who arrived in the same family group as the return the case comes from, not yet linked to it.</summary>
    public async Task<IReadOnlyList<Option>> FamilyCandidatesAsync(Guid? returnId, Guid personId, IEnumerable<Guid> linked, CancellationToken ct)
    {
        if (returnId is null)
        {
            return [];
        }
        var group = await db.Returns.Where(r => r.Id == returnId && r.InstitutionId == me.InstitutionId).Select(r => r.FamilyGroupId).FirstOrDefaultAsync(ct);
        if (group is null)
        {
            return [];
        }
        var exclude = linked.Append(personId).ToList();
        return await db.Returns.AsNoTracking().Where(r => r.FamilyGroupId == group && r.InstitutionId == me.InstitutionId && !exclude.Contains(r.PersonId))
            .Select(r => new Option(r.PersonId, r.Person!.GivenNames + " " + r.Person.FirstSurname)).Distinct().ToListAsync(ct);
    }

    /// <summary>Sets the version the client read, so that saving over someone else's change fails with a conflict.</summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
