using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Arrivals;

[Authorize(Policy = Policies.Reception)]
public sealed class DetailsModel(ManageArrivals arrivals, ArrivalQueue queue, ImportManifest import, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ArrivalQueue.Queue? Queue { get; private set; }

    public ImportManifest.Result? ImportResult { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", Shared["Validation.Required"]);
        }
        else
        {
            await using var stream = file.OpenReadStream();
            var found = true;
            await RunAsync(async () => found = (ImportResult = await import.ImportAsync(Id, stream, ct)) is not null, modelPrefix: "");
            if (!found)
            {
                return NotFound();
            }
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        if (await RunAsync(() => arrivals.CloseAsync(Id)))
        {
            TempData["Flash"] = text["Arrivals.Closed"].Value;
            return Redirect($"/Reception/Arrivals/{Id}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct) => (Queue = await queue.GetAsync(Id, arrivals, ct)) is not null;
}
