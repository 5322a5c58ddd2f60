using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.Portal;

/// <summary>The public portal's front page: what has been published, by country. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicCatalogue catalogue) : AppPageModel
{
    public PublicCatalogue.Overview Overview { get; private set; } = new(0, 0, 0, 0, []);

    public async Task OnGetAsync(CancellationToken ct) => Overview = await catalogue.OverviewAsync(ct);
}
