using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>Cases other institutions want to transfer to the user's institution: accept (choosing who owns it) or decline with a reason.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class TransfersModel(TransferCase transfers, CaseAccess access, IStringLocalizer<CasesText> text) : AppPageModel
{
    public IReadOnlyList<TransferCase.Incoming> Incoming { get; private set; } = [];

    public IReadOnlyList<CaseAccess.Option> CaseWorkers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid transferId, [FromForm(Name = "Answer")] TransferCase.AnswerInput input, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await transfers.AcceptAsync(transferId, input, ct), "Answer"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Transfer.Accepted"].Value;
            return Redirect("/Cases/" + (await access.CaseOfTransferAsync(transferId, ct)));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid transferId, [FromForm(Name = "Answer")] TransferCase.AnswerInput input, CancellationToken ct)
    {
        var found = true;
        if (await RunAsync(async () => found = await transfers.DeclineAsync(transferId, input, ct), "Answer"))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Transfer.Declined"].Value;
            return Redirect("/Cases/Transfers");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Incoming = await transfers.IncomingAsync(ct);
        CaseWorkers = await access.CaseWorkersAsync(ct);
    }
}
