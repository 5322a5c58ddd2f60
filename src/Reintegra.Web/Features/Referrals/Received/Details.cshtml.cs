using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals.Received;

/// <summary>One referral as the provider sees it, with only the data shared; accept, decline, start, complete or close it.</summary>
[Authorize(Policy = Policies.ReceiveReferrals)]
public sealed class DetailsModel(ReceivedReferrals referrals, IStringLocalizer<ReferralsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReferralView? Referral { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => (Referral = await referrals.GetAsync(Id, ct)) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostAcceptAsync([FromForm(Name = "Answer")] ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
        AnswerAsync(() => referrals.AcceptAsync(Id, input, ct), "Inbox.AcceptedDone", ct);

    public Task<IActionResult> OnPostDeclineAsync([FromForm(Name = "Answer")] ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
        AnswerAsync(() => referrals.DeclineAsync(Id, input, ct), "Inbox.DeclinedDone", ct);

    public Task<IActionResult> OnPostStartAsync([FromForm(Name = "Answer")] ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
        AnswerAsync(() => referrals.StartAsync(Id, input, ct), "Inbox.StartedDone", ct);

    public Task<IActionResult> OnPostCompleteAsync([FromForm(Name = "Answer")] ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
        AnswerAsync(() => referrals.CompleteAsync(Id, input, ct), "Inbox.CompletedDone", ct);

    public Task<IActionResult> OnPostCloseAsync([FromForm(Name = "Answer")] ReceivedReferrals.AnswerInput input, CancellationToken ct) =>
        AnswerAsync(() => referrals.CloseAsync(Id, input, ct), "Inbox.ClosedDone", ct);

    private async Task<IActionResult> AnswerAsync(Func<Task<bool>> change, string done, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await change(), "Answer"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[done].Value;
            return Redirect($"/Referrals/Received/{Id}");
        }
        return (Referral = await referrals.GetAsync(Id, ct)) is null ? NotFound() : Page();
    }
}
