using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>The case worker's dashboard: what to do next, overdue first, and the referrals that need following up.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class IndexModel(Dashboard dashboard) : AppPageModel
{
    public Dashboard.Result Board { get; private set; } = null!;

    public async Task OnGetAsync(bool? team, CancellationToken ct) => Board = await dashboard.GetAsync(team ?? false, ct);
}
