using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Identity;

[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class DuplicatesModel(ReviewDuplicates review, FindDuplicates runs, IdentityIndex index, CurrentUser me, IStringLocalizer<IdentityText> text) : AppPageModel
{
    public ReviewDuplicates.Queue? Queue { get; private set; }

    public FindDuplicates.Status Status => runs.Current;

    public bool IndexReady => index.IsReady;

    public async Task OnGetAsync(int? p, CancellationToken ct) => Queue = await review.ListAsync(p ?? 1, ct);

    public IActionResult OnPostRun()
    {
        if (!me.Can(Policies.RunDeduplication))
        {
            return Forbid();
        }
        TempData["Flash"] = text[runs.Start() ? "Duplicates.Started" : "Duplicates.NotReady"].Value;
        return Redirect("/Identity/Duplicates");
    }
}
