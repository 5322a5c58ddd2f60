using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Arrivals;

[Authorize(Policy = Policies.Reception)]
public sealed class IndexModel(ManageArrivals arrivals) : AppPageModel
{
    public ManageArrivals.ArrivalPage Arrivals { get; private set; } = new([], 1, 0);

    public bool OpenOnly { get; private set; }

    public async Task OnGetAsync(int? page, bool? all)
    {
        OpenOnly = all != true;
        Arrivals = await arrivals.ListAsync(page ?? 1, OpenOnly);
    }
}
