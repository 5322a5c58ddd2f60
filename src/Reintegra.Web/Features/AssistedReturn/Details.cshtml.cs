using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>One request: the person, the route, the costs, the consent, the fund's eligibility check and the history. The read is audited.</summary>
[Authorize(Policy = Policies.ReadAssistedReturns)]
public sealed class DetailsModel(RequestView view) : AppPageModel
{
    public RequestView.Details Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await view.GetAsync(id, ct);
        if (result.Value is null)
        {
            return NotFound();
        }
        Item = result.Value;
        return Page();
    }
}
