using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>
/// One request: the person, the route, the costs, the consent, the fund's eligibility check, the history, and a form for
/// each step the user may take now (the same handlers as the API). The read is audited.
/// </summary>
[Authorize(Policy = Policies.ReadAssistedReturns)]
public sealed class DetailsModel(AppDbContext db, RequestView view, ManageRequests requests, DecideRequests decisions, ManageFunds funds, RequestHandoffs handoffs, LocalTime time) : AppPageModel
{
    public RequestView.Details Item { get; private set; } = null!;

    public IReadOnlyList<ManageFunds.FundSummary> Funds { get; private set; } = [];

    public IReadOnlyList<RequestHandoffs.Sent> Sent { get; private set; } = [];

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public ManageRequests.ConsentInput Consent { get; set; } = new();

    [BindProperty]
    public ManageRequests.ReasonInput Reason { get; set; } = new();

    [BindProperty]
    public DecideRequests.CheckInput Check { get; set; } = new();

    [BindProperty]
    public ManageRequests.TravelInput Travel { get; set; } = new();

    [BindProperty]
    public ManageRequests.TravelledInput Travelled { get; set; } = new();

    [BindProperty]
    public DecideRequests.SpendingInput Spending { get; set; } = new();

    public bool May(AvrStep step) => Item.AvailableSteps.Contains(step);

    public string Local(DateTime? utc) => utc is { } u ? time.InputValue(u) : "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostConsentAsync(Guid id, CancellationToken ct) => StepAsync(id, "Consent", () =>
    {
        Consent.Version = Version;
        return requests.ConsentAsync(id, Consent, ct);
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "", () => requests.WithdrawConsentAsync(id, new() { Version = Version }, ct), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "", () => requests.SubmitAsync(id, new() { Version = Version }, ct), ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) => StepAsync(id, "Reason", () =>
    {
        Reason.Version = Version;
        return requests.CancelAsync(id, Reason, ct);
    }, ct);

    public Task<IActionResult> OnPostEligibilityAsync(Guid id, CancellationToken ct) => StepAsync(id, "Check", () =>
    {
        Check.Version = Version;
        return decisions.CheckEligibilityAsync(id, Check, ct);
    }, ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "", () => decisions.ApproveAsync(id, new() { Version = Version }, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => StepAsync(id, "Reason", () =>
    {
        Reason.Version = Version;
        return decisions.RejectAsync(id, Reason, ct);
    }, ct);

    public Task<IActionResult> OnPostTravelAsync(Guid id, CancellationToken ct) => StepAsync(id, "Travel", () =>
    {
        Travel.Version = Version;
        return requests.ArrangeTravelAsync(id, Travel, ct);
    }, ct);

    public Task<IActionResult> OnPostTravelledAsync(Guid id, CancellationToken ct) => StepAsync(id, "Travelled", () =>
    {
        Travelled.Version = Version;
        return requests.MarkTravelledAsync(id, Travelled, ct);
    }, ct);

    public Task<IActionResult> OnPostSpendingAsync(Guid id, CancellationToken ct) => StepAsync(id, "Spending", () =>
    {
        Spending.Version = Version;
        return decisions.RecordSpendingAsync(id, Spending, ct);
    }, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "", () => decisions.CloseAsync(id, new() { Version = Version }, ct), ct);

    public async Task<IActionResult> OnPostDeliverAsync(Guid id, CancellationToken ct)
    {
        IReadOnlyList<RequestHandoffs.Sent>? sent = null;
        if (await RunAsync(async () => sent = await handoffs.DeliverAsync(id, ct)))
        {
            if (sent is null)
            {
                return NotFound();
            }
            Flash = Shared[sent.FirstOrDefault()?.Status == HandoffStatus.Delivered ? "Avr.Delivered" : "Avr.NotDelivered"];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetPackageAsync(Guid id, CancellationToken ct) =>
        await handoffs.PackageAsync(id, ct) is { } p ? File(p.Content, "application/json", p.FileName) : NotFound();

    private async Task<IActionResult> StepAsync(Guid id, string prefix, Func<Task<StepResult<RequestView.Details>>> step, CancellationToken ct)
    {
        StepResult<RequestView.Details>? result = null;
        if (await RunAsync(async () => result = await step(), prefix))
        {
            switch (result!.Outcome)
            {
                case StepOutcome.NotFound:
                    return NotFound();
                case StepOutcome.Forbidden:
                    return Forbid();
                default:
                    Flash = Shared["Avr.StepDone"];
                    return RedirectToPage(new { id });
            }
        }
        if (ModelState.TryGetValue(prefix.Length == 0 ? "Version" : prefix + ".Version", out var v) && v.Errors.Count > 0)
        {
            ModelState.AddModelError("", v.Errors[0].ErrorMessage);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // After a refused step, what it tracked must not be saved with the audit of this read.
        db.ChangeTracker.Clear();
        if ((await view.GetAsync(id, ct)).Value is not { } item)
        {
            return false;
        }
        Item = item;
        // The form always carries the version of what is on the screen.
        ModelState.Remove(nameof(Version));
        Version = item.Version;
        if (May(AvrStep.CheckEligibility))
        {
            Funds = (await funds.ListAsync(null, ct)).Where(f => f.IsActive).ToList();
        }
        if (May(AvrStep.ArrangeTravel) || item.Status is AvrStatus.TravelArranged or AvrStatus.Travelled or AvrStatus.Received or AvrStatus.Closed)
        {
            Sent = await handoffs.ListAsync(id, ct) ?? [];
        }
        return true;
    }
}
