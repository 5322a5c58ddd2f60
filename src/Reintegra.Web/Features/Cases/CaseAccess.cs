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

    /// <summary>Sets the version the client read, so that saving over someone else's change fails with a conflict.</summary>
    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
