using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class ListModel(ListCases cases) : AppPageModel
{
    public ListCases.Result Cases { get; private set; } = new([], 1, 0);

    public CaseStatus? Status { get; private set; }

    public bool Mine { get; private set; }

    public async Task OnGetAsync(CaseStatus? status, bool? mine, int? page, CancellationToken ct)
    {
        Status = status;
        Mine = mine ?? false;
        Cases = await cases.ListAsync(new ListCases.Query(status, Mine, page), ct);
    }
}
