using Microsoft.AspNetCore.Mvc;

namespace Reintegra.Web.Features.Employment;

/// <summary>The case page's employment card: the skills profile link and the placements with their outcome.</summary>
public sealed class CasePlacements(Placements placements) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var rows = await placements.ForCaseAsync(caseId, HttpContext.RequestAborted) ?? [];
        return View("/Features/Employment/_CasePlacements.cshtml", (caseId, rows));
    }
}

/// <summary>The case worker's dashboard card: placement outcomes of their cases.</summary>
public sealed class PlacementOutcomes(Placements placements) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Employment/_PlacementOutcomes.cshtml", await placements.OutcomesAsync(mine: true, HttpContext.RequestAborted));
}
