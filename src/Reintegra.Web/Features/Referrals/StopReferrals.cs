using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// Stops a case's open referrals when the ground for them goes away: consent withdrawn or narrowed, or the case
/// closed. The reason is recorded on each referral as a code the pages translate (<see cref="ReasonKey"/>); the
/// person's own words about why never reach the provider. Saved by the caller, in the same transaction as the cause.
/// </summary>
public sealed class StopReferrals(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string ConsentWithdrawn = "#ConsentWithdrawn";
    public const string ConsentNarrowed = "#ConsentNarrowed";
    public const string CaseClosed = "#CaseClosed";

    /// <summary>The resource key that explains a system reason, or null for a reason a person wrote.</summary>
    public static string? ReasonKey(string? reason) => reason is { Length: > 1 } && reason[0] == '#' ? "Referrals.Stopped." + reason[1..] : null;

    /// <returns>How many referrals were stopped.</returns>
    public async Task<int> StopAsync(Guid caseId, Func<Referral, bool> which, string reason, bool eraseSharedData, CancellationToken ct)
    {
        var open = await db.Referrals.Where(r => r.CaseId == caseId
            && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)).ToListAsync(ct);
        var stopping = open.Where(which).ToList();
        if (stopping.Count == 0)
        {
            return 0;
        }
        var actionIds = stopping.Where(r => r.PlanActionId is not null).Select(r => r.PlanActionId!.Value).ToList();
        var actions = await db.PlanActions.Where(a => actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in stopping)
        {
            r.Withdraw(reason, eraseSharedData, me.Id, me.InstitutionId, now);
            if (r.PlanActionId is { } a && actions.TryGetValue(a, out var action))
            {
                action.FollowReferral(ReferralStatus.Withdrawn, null, now);
            }
        }
        return stopping.Count;
    }
}
