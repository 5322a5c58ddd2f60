using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes.Portal;

/// <summary>A published programme (or an earlier published version of it) with its outcomes. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class ProgrammeModel(PublicCatalogue catalogue) : AppPageModel
{
    public PublicCatalogue.ProgrammePage Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? version, CancellationToken ct)
    {
        var found = await catalogue.ProgrammeAsync(id, version, ct);
        if (found is null)
        {
            return NotFound();
        }
        Programme = found;
        return Page();
    }
}

/// <summary>A published challenge or good practice. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class PracticeModel(PublicCatalogue catalogue) : AppPageModel
{
    public PublicCatalogue.PracticePage Practice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? version, CancellationToken ct)
    {
        var found = await catalogue.PracticeAsync(id, version, ct);
        if (found is null)
        {
            return NotFound();
        }
        Practice = found;
        return Page();
    }
}

/// <summary>The regional roadmap: recommendations by working group, their progress, and the budget committed. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class RoadmapModel(PublicCatalogue catalogue) : AppPageModel
{
    public PublicCatalogue.Roadmap Roadmap { get; private set; } = new([], []);

    public PortalFilters Filters { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] PublicCatalogue.Query query, CancellationToken ct)
    {
        Roadmap = await catalogue.RoadmapAsync(query, ct);
        Filters = new PortalFilters(query, "roadmap", (await catalogue.OverviewAsync(ct)).Countries.Select(c => c.Country).ToList(), Request.QueryString.Value ?? "");
    }
}

/// <summary>One country's report, for print. Anonymous by design (ADR 0030).</summary>
[AllowAnonymous]
public sealed class CountryModel(PublicCatalogue catalogue) : AppPageModel
{
    public PublicCatalogue.CountryReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string country, CancellationToken ct)
    {
        if (!ProgrammesApi.IsCountry(country))
        {
            return NotFound();
        }
        Report = await catalogue.CountryReportAsync(country, ct);
        return Page();
    }
}
