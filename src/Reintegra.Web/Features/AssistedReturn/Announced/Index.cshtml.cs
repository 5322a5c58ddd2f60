using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Announced;

/// <summary>Arrivals announced to the user's reception centre by other countries' instances, and the import of a package carried over as a file.</summary>
[Authorize(Policy = Policies.Reception)]
public sealed class IndexModel(AppDbContext db, AnnouncedArrivals arrivals, HandoffInbox inbox) : AppPageModel
{
    public const long MaxFileBytes = HandoffMessage.MaxEnvelopeLength;

    public IReadOnlyList<AnnouncedArrivals.Summary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await arrivals.ListAsync(null, ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? package, CancellationToken ct)
    {
        if (package is null || package.Length == 0 || package.Length > MaxFileBytes)
        {
            ModelState.AddModelError("package", Shared["Domain.Handoff.Malformed"]);
            Items = await arrivals.ListAsync(null, ct);
            return Page();
        }
        using var reader = new StreamReader(package.OpenReadStream());
        var text = await reader.ReadToEndAsync(ct);
        HandoffInbox.Result? result = null;
        if (await RunAsync(async () => result = await inbox.ReceiveAsync(text, ct)))
        {
            Flash = Shared["Handoff.Imported"];
            return result!.AnnouncedReturnId is { } id ? Redirect($"/AssistedReturn/Announced/{id}") : RedirectToPage();
        }
        db.ChangeTracker.Clear();
        Items = await arrivals.ListAsync(null, ct);
        return Page();
    }
}
