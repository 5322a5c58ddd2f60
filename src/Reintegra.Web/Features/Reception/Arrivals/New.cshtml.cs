using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Arrivals;

[Authorize(Policy = Policies.Reception)]
public sealed class NewModel(ManageArrivals arrivals, LocalTime time, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty]
    public ManageArrivals.ArrivalInput Input { get; set; } = new();

    public void OnGet()
    {
        var now = time.Now;
        Input = new() { Mode = ReturnMode.Air, ScheduledAt = now.AddSeconds(-now.Second), ReturnedFrom = "US" };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ManageArrivals.ArrivalSummary? created = null;
        if (!await RunAsync(async () => created = await arrivals.CreateAsync(Input)))
        {
            return Page();
        }
        TempData["Flash"] = text["Arrivals.Created"].Value;
        return Redirect($"/Reception/Arrivals/{created!.Id}");
    }
}
