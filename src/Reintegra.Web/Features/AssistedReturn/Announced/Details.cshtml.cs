using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Announced;

/// <summary>One announced arrival: the pre-registration, the request's history in the other country, and registering the person in one step.</summary>
[Authorize(Policy = Policies.Reception)]
public sealed class DetailsModel(AppDbContext db, AnnouncedArrivals arrivals, LocalTime time) : AppPageModel
{
    public AnnouncedArrivals.Details Item { get; private set; } = null!;

    public IReadOnlyList<FindCandidates.Candidate> Candidates { get; private set; } = [];

    [BindProperty]
    public AnnouncedArrivals.RegisterInput Input { get; set; } = new();

    /// <summary>The candidate chosen, or "new" for a new person (one radio group).</summary>
    [BindProperty]
    public string? Who { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = new AnnouncedArrivals.RegisterInput { ArrivedAt = time.Now, Version = Item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Input.NewPerson = Who == "new";
        Input.ExistingPersonId = Guid.TryParse(Who, out var person) ? person : null;
        RegisterReturn.Result? result = null;
        if (await RunAsync(async () => result = await arrivals.RegisterAsync(id, Input, ct)))
        {
            if (result is null)
            {
                return NotFound();
            }
            Flash = Shared["Handoff.Registered"];
            return RedirectToPage(new { id });
        }
        if (ModelState.TryGetValue("Input.ExistingPersonId", out var entry) && entry.Errors.Count > 0)
        {
            ModelState.AddModelError(nameof(Who), entry.Errors[0].ErrorMessage);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // After a refused registration, what it tracked must not be saved with the audit of this read.
        db.ChangeTracker.Clear();
        if (await arrivals.GetAsync(id, ct) is not { } item)
        {
            return false;
        }
        Item = item;
        if (item.Status == AnnouncedStatus.Announced)
        {
            Candidates = await arrivals.CandidatesAsync(id, ct) ?? [];
        }
        return true;
    }
}
