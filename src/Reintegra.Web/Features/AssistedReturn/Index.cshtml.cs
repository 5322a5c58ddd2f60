using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>The requests the user's institution made or that were sent to it.</summary>
[Authorize(Policy = Policies.ReadAssistedReturns)]
public sealed class IndexModel(RequestView view) : AppPageModel
{
    public AvrStatus? Status { get; private set; }

    public RequestView.Page Result { get; private set; } = new([], 1, 0);

    public async Task OnGetAsync(AvrStatus? status, int? page, CancellationToken ct)
    {
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        Result = await view.ListAsync(Status, page ?? 1, ct);
    }
}
