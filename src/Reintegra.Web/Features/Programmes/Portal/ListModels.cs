using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Web;
using static Reintegra.Web.Features.Programmes.CatalogueViews;

namespace Reintegra.Web.Features.Programmes.Portal;

/// <summary>What a portal list shows above its items: the filters as chosen, the countries to choose from, the dataset to export.</summary>
public sealed record PortalFilters(PublicCatalogue.Query Query, string Dataset, IReadOnlyList<string> Countries, string QueryString);

/// <summary>The public catalogue of published programmes. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class ProgrammesModel(PublicCatalogue catalogue) : AppPageModel
{
    public CardPage Results { get; private set; } = new([], 1, 0, PublicCatalogue.PageSize);

    public PortalFilters Filters { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] PublicCatalogue.Query query, CancellationToken ct)
    {
        Results = await catalogue.ProgrammesAsync(query, ct);
        Filters = new PortalFilters(query, "programmes", (await catalogue.OverviewAsync(ct)).Countries.Select(c => c.Country).ToList(), Request.QueryString.Value ?? "");
    }
}

/// <summary>The public catalogue of challenges and good practices (Annex I). Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class PracticesModel(PublicCatalogue catalogue) : AppPageModel
{
    public CardPage Results { get; private set; } = new([], 1, 0, PublicCatalogue.PageSize);

    public PortalFilters Filters { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] PublicCatalogue.Query query, CancellationToken ct)
    {
        Results = await catalogue.PracticesAsync(query, ct);
        Filters = new PortalFilters(query, "practices", (await catalogue.OverviewAsync(ct)).Countries.Select(c => c.Country).ToList(), Request.QueryString.Value ?? "");
    }
}
