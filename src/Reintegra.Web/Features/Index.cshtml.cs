using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features;

public sealed class IndexModel(AppDbContext db, CurrentUser me, LocalTime time, Reintegra.Web.Features.Cases.Dashboard dashboard, Reintegra.Web.Features.Referrals.ReceivedReferrals received) : AppPageModel
{
    public string InstitutionName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public int OpenArrivals { get; private set; }

    public int ReturnsToday { get; private set; }

    public int OpenReceptions { get; private set; }

    /// <summary>The case worker's dashboard, summarised on the home card.</summary>
    public Reintegra.Web.Features.Cases.Dashboard.Result? CaseBoard { get; private set; }

    /// <summary>The provider's inbox, summarised on the home card.</summary>
    public Reintegra.Web.Features.Referrals.ReceivedReferrals.Inbox? ReferralInbox { get; private set; }

    public async Task OnGetAsync()
    {
        InstitutionName = await db.Institutions.Where(i => i.Id == me.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync() ?? "";
        Roles = Domain.Roles.All.Where(me.IsInRole).ToList();
        if (me.Can(Policies.Reception))
        {
            var inst = me.InstitutionId;
            var startOfDay = time.ToUtc(time.Today.ToDateTime(TimeOnly.MinValue));
            OpenArrivals = await db.Arrivals.CountAsync(a => a.InstitutionId == inst && a.Status == ArrivalStatus.Announced);
            ReturnsToday = await db.Returns.CountAsync(r => r.InstitutionId == inst && r.ArrivedAt >= startOfDay);
            OpenReceptions = await db.Returns.CountAsync(r => r.InstitutionId == inst && r.Status == ReceptionStatus.Open);
        }
        if (me.Can(Policies.Cases))
        {
            CaseBoard = await dashboard.GetAsync(team: false, HttpContext.RequestAborted);
        }
        if (me.Can(Policies.ReceiveReferrals))
        {
            ReferralInbox = await received.InboxAsync(null, 1, HttpContext.RequestAborted);
        }
    }
}
