using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>The sender's view of a referral: where it is and how long each step took; withdraw it, or mark the answer followed up.</summary>
[Authorize(Policy = Policies.FollowReferrals)]
public sealed class DetailsModel(SentReferrals referrals, IStringLocalizer<ReferralsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReferralView? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => (Referral = await referrals.GetAsync(Id, ct)) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostWithdrawAsync([FromForm(Name = "Withdraw")] SentReferrals.WithdrawInput input, CancellationToken ct) =>
        ChangeAsync(() => referrals.WithdrawAsync(Id, input, ct), "Referral.WithdrawnDone", "Withdraw", ct);

    public Task<IActionResult> OnPostFollowedUpAsync([FromForm(Name = "Ack")] SentReferrals.FollowUpInput input, CancellationToken ct) =>
        ChangeAsync(() => referrals.MarkFollowedUpAsync(Id, input, ct), "Referral.FollowedUpDone", "Ack", ct);

    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string done, string prefix, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await change(), prefix))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[done].Value;
            return Redirect($"/Referrals/{Id}");
        }
        return (Referral = await referrals.GetAsync(Id, ct)) is null ? NotFound() : Page();
    }
}
