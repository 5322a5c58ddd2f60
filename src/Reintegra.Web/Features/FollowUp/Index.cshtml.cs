using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>A case's follow-up: schedule, surveys, scores over time, what changed, and closing with an evaluation.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class FollowUpPageModel(CaseView view, FollowUpView followUp, CloseCase close, IStringLocalizer<FollowUpText> text) : CasePageModel(view)
{
    public FollowUpView.Details? FollowUp { get; private set; }

    public CloseCase.Input Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ReloadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCloseAsync([FromForm(Name = "Input")] CloseCase.Input input, CancellationToken ct)
    {
        Input = input;
        var found = true;
        if (await RunAsync(async () => found = await close.CloseAsync(Id, input, ct), "Input"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["FollowUp.Closed"].Value;
            return Redirect($"/Cases/{Id}/FollowUp");
        }
        return await ReloadAsync(ct) ? Page() : NotFound();
    }

    protected override async Task<bool> ReloadAsync(CancellationToken ct) =>
        await LoadCaseAsync(ct) && (FollowUp = await followUp.GetAsync(Id, ct)) is not null;
}
