using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

[Authorize(Policy = Policies.ReadPeople)]
public sealed class DetailsModel(PersonPage page) : AppPageModel
{
    public PersonPage.Details? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((Person = await page.GetAsync(id, ct)) is not null)
        {
            return Page();
        }
        return await page.MergedIntoAsync(id, ct) is { } kept ? Redirect($"/People/{kept}") : NotFound();
    }
}
