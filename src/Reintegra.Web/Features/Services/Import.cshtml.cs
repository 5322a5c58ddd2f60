using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Services;

[Authorize(Policy = Policies.ManageServices)]
public sealed class ImportModel(ImportServices import) : AppPageModel
{
    public ImportServices.Result? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", Shared["Validation.Required"]);
            return Page();
        }
        await using var stream = file.OpenReadStream();
        await RunAsync(async () => Result = await import.ImportAsync(stream, ct), "");
        return Page();
    }
}
