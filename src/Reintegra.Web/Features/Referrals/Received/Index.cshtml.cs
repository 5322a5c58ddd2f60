using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals.Received;

/// <summary>The provider's inbox: the referrals sent to the user's institution, urgent and longest-waiting first.</summary>
[Authorize(Policy = Policies.ReceiveReferrals)]
public sealed class IndexModel(ReceivedReferrals referrals) : AppPageModel
{
    public ReceivedReferrals.Inbox Inbox { get; private set; } = new([], 1, 0, 0, 0, 0);

    public ReferralStatus? Status { get; private set; }

    public async Task OnGetAsync(ReferralStatus? status, int? page, CancellationToken ct)
    {
        Status = status;
        Inbox = await referrals.InboxAsync(status, page, ct);
    }
}
