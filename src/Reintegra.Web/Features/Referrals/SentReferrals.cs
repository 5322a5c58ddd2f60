using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// The sending side of a referral: read it with its timings, withdraw it while it is open, and mark an answered
/// referral as followed up so it leaves the dashboard. Scoped to the institution that follows the referral up.
/// </summary>
public sealed class SentReferrals(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, AuditLog audit)
{
    public sealed class WithdrawInput
    {
        public string? Reason { get; set; }

        public int? Version { get; set; }
    }

    public sealed class FollowUpInput
    {
        public int? Version { get; set; }
    }

    /// <returns>null when the referral is not followed up by the user's institution.</returns>
    public async Task<ReferralView?> GetAsync(Guid id, CancellationToken ct)
    {
        var view = await ReferralView.LoadAsync(db, Scoped(id), clock.GetUtcNow().UtcDateTime, includeOverrideReason: true, ct);
        if (view is null)
        {
            return null;
        }
        var personId = await db.Referrals.Where(r => r.Id == id).Select(r => r.PersonId).FirstAsync(ct);
        audit.Viewed(nameof(Referral), id, personId);
        await audit.SaveAsync(ct);
        return view;
    }

    public async Task<bool> WithdrawAsync(Guid id, WithdrawInput input, CancellationToken ct)
    {
        var r = await Scoped(id).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Text("reason", input.Reason, 1000, required: true);
        checks.ThrowIfInvalid();
        db.Entry(r).Property(x => x.Version).OriginalValue = input.Version!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        r.Withdraw(input.Reason!, eraseSharedData: false, me.Id, me.InstitutionId, now);
        if (r.PlanActionId is { } a && await db.PlanActions.FirstOrDefaultAsync(x => x.Id == a, ct) is { } action)
        {
            action.FollowReferral(ReferralStatus.Withdrawn, null, now);
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> MarkFollowedUpAsync(Guid id, FollowUpInput input, CancellationToken ct)
    {
        var r = await Scoped(id).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.ThrowIfInvalid();
        db.Entry(r).Property(x => x.Version).OriginalValue = input.Version!.Value;
        r.MarkFollowedUp(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private IQueryable<Referral> Scoped(Guid id) => db.Referrals.Where(r => r.Id == id && r.OwnerInstitutionId == me.InstitutionId);
}
