using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

[Authorize(Policy = Policies.ReadPeople)]
public sealed class DetailsModel(PersonPage page) : AppPageModel
{
    public PersonPage.Details? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        (Person = await page.GetAsync(id, ct)) is null ? NotFound() : Page();
}
