using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Returns;

[Authorize(Policy = Policies.ReadPeople)]
public sealed class DetailsModel(ReturnView view, UpdateReception update, CurrentUser me, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sensitive { get; set; }

    public ReturnView.Details? Return { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostScreeningAsync([FromForm(Name = "Screening")] UpdateReception.ScreeningInput input, CancellationToken ct) =>
        ChangeAsync(async () => await update.ScreenAsync(Id, input, ct), "Return.ScreeningSaved", "Screening", ct);

    public Task<IActionResult> OnPostSensitiveAsync([FromForm(Name = "Sensitive")] UpdateReception.SensitiveInput input, CancellationToken ct) =>
        ChangeAsync(async () => await update.SetSensitiveAsync(Id, input, ct), "Return.SensitiveSaved", "Sensitive", ct);

    public Task<IActionResult> OnPostReferAsync([FromForm(Name = "Referral")] ReferralInput input, CancellationToken ct) =>
        ChangeAsync(async () => await update.ReferAsync(Id, input, ct) is not null, "Return.ReferralSaved", "Referral", ct);

    public Task<IActionResult> OnPostCompleteAsync(int? version, CancellationToken ct) =>
        ChangeAsync(async () => await update.CompleteAsync(Id, version, ct), "Return.Completed", "", ct);

    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string done, string prefix, CancellationToken ct)
    {
        if (!me.Can(Policies.Reception))
        {
            return Forbid();
        }
        var found = true;
        if (await RunAsync(async () => found = await change(), prefix))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text[done].Value;
            return Redirect($"/Reception/Returns/{Id}" + (prefix == "Sensitive" ? "?sensitive=true" : ""));
        }
        Sensitive = prefix == "Sensitive";
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct) => (Return = await view.GetAsync(Id, Sensitive, ct)) is not null;
}
