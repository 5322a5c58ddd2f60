using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>The printable referral slip the person takes to the service. Printing is its own audit entry.</summary>
[Authorize(Policy = Policies.FollowReferrals)]
public sealed class SlipModel(SentReferrals referrals, AppDbContext db, AuditLog audit, TimeProvider clock) : AppPageModel
{
    public ReferralView? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((Referral = await referrals.GetAsync(id, ct)) is null)
        {
            return NotFound();
        }
        ViewData["PrintedAt"] = clock.GetUtcNow().UtcDateTime;
        var personId = await db.Referrals.Where(r => r.Id == id).Select(r => r.PersonId).FirstAsync(ct);
        audit.Add(AuditActions.Printed, nameof(Domain.Referral), id.ToString(), personId);
        await audit.SaveAsync(ct);
        return Page();
    }
}
