using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Identity;

[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class PairModel(ReviewDuplicates review, IStringLocalizer<IdentityText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReviewDuplicates.Pair? Pair { get; private set; }

    public string Reason(string code) => text["Reason." + code] is { ResourceNotFound: false } s ? s.Value : code;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => (Pair = await review.GetAsync(Id, ct)) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostSameAsync(int? version, Guid? keep, CancellationToken ct)
    {
        PersonMerge? merge = null;
        if (await RunAsync(async () => merge = await review.SamePersonAsync(Id, new(version, keep), ct), ""))
        {
            if (merge is null)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Duplicates.Merged"].Value;
            return Redirect($"/People/{merge.KeptPersonId}");
        }
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostDifferentAsync(int? version, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await review.DifferentPeopleAsync(Id, new(version, null), ct), ""))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Duplicates.MarkedDifferent"].Value;
            return Redirect("/Identity/Duplicates");
        }
        return await OnGetAsync(ct);
    }
}
