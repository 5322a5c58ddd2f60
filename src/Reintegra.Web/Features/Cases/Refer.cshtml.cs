using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;

namespace Reintegra.Web.Features.Cases;

/// <summary>Refer from a case: find a service that covers the person's place, age and sex, then send only what the consent allows.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class ReferModel(CaseView view, ServiceDirectory directory, SendReferral send) : CasePageModel(view)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ActionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PCode { get; set; }

    public CaseView.ActionView? Action { get; private set; }

    public ServiceDirectory.Page Services { get; private set; } = new([], 1, 0);

    public SendReferral.Input Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ReloadAsync(ct))
        {
            return NotFound();
        }
        Input = new SendReferral.Input
        {
            PlanActionId = ActionId,
            Urgency = Case!.ChildProtectionRequired && Category == ServiceCategory.ChildProtection ? ReferralUrgency.Urgent : ReferralUrgency.Routine,
            Reason = Action?.Description,
            SharedFields = Case.Consent?.SharedFields.ToList() ?? [SharedField.Name, SharedField.SexAndAge],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] SendReferral.Input input, CancellationToken ct)
    {
        Input = input;
        SendReferral.Result? sent = null;
        if (await RunAsync(async () => sent = await send.SendAsync(Id, input, ct)))
        {
            if (sent is null)
            {
                return NotFound();
            }
            TempData["Flash"] = Text["Referrals.Sent", sent.Reference].Value;
            return Redirect($"/Referrals/{sent.ReferralId}");
        }
        return await ReloadAsync(ct) ? Page() : NotFound();
    }

    protected override async Task<bool> ReloadAsync(CancellationToken ct)
    {
        if (!await LoadCaseAsync(ct))
        {
            return false;
        }
        Action = ActionId is { } a ? Case!.Plan?.Actions.FirstOrDefault(x => x.Id == a) : null;
        Category = Action?.ServiceCategory ?? Category;
        PCode ??= Case!.Person.OriginAdm2 ?? Case.Person.OriginAdm1;
        Services = await directory.SearchAsync(new ServiceDirectory.Query(Q, Category, PCode, Case!.Person.Age, Case.Person.Sex, null, false, 1), ct);
        return true;
    }
}
