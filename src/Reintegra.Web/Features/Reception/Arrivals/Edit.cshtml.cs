using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Arrivals;

[Authorize(Policy = Policies.Reception)]
public sealed class EditModel(ManageArrivals arrivals, LocalTime time, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ManageArrivals.ArrivalInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var a = await arrivals.FindAsync(Id);
        if (a is null)
        {
            return NotFound();
        }
        Input = new()
        {
            Mode = a.Mode,
            ScheduledAt = time.ToLocal(a.ScheduledAt),
            PointOfEntry = a.PointOfEntry,
            ReturnedFrom = a.ReturnedFrom,
            CarrierReference = a.CarrierReference,
            ExpectedCount = a.ExpectedCount,
            Version = a.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ManageArrivals.ArrivalSummary? updated = null;
        if (!await RunAsync(async () => updated = await arrivals.UpdateAsync(Id, Input)))
        {
            return Page();
        }
        if (updated is null)
        {
            return NotFound();
        }
        TempData["Flash"] = text["Arrivals.Updated"].Value;
        return Redirect($"/Reception/Arrivals/{Id}");
    }
}
