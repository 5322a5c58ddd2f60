using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class PlanModel(CaseView view, EditPlan plans, CurrentUser me) : CasePageModel(view)
{
    public EditPlan.ActionInput NewAction { get; private set; } = new() { Dimension = Dimension.Economic, Level = InterventionLevel.Individual };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCaseAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostGoalAsync([FromForm(Name = "Goal")] EditPlan.GoalInput input, CancellationToken ct) =>
        ChangeAsync(() => plans.SetGoalAsync(Id, input, ct), "Plan.GoalSaved", "Goal", null, ct);

    public Task<IActionResult> OnPostAddActionAsync([FromForm(Name = "Action")] EditPlan.ActionInput input, CancellationToken ct)
    {
        NewAction = input;
        return ChangeAsync(async () => await plans.AddActionAsync(Id, input, ct) is not null, "Plan.ActionAdded", "Action", null, ct);
    }

    public Task<IActionResult> OnPostChangeActionAsync(Guid actionId, [FromForm(Name = "Edit")] EditPlan.ActionInput input, CancellationToken ct) =>
        ChangeAsync(() => plans.ChangeActionAsync(Id, actionId, input, ct), "Plan.ActionSaved", "Edit", null, ct);

    public Task<IActionResult> OnPostStatusAsync(Guid actionId, [FromForm(Name = "Status")] EditPlan.StatusInput input, CancellationToken ct) =>
        ChangeAsync(() => plans.SetActionStatusAsync(Id, actionId, input, ct), "Plan.ActionSaved", "Status", null, ct);

    public Task<IActionResult> OnPostAgreeAsync([FromForm(Name = "Agree")] EditPlan.AgreeInput input, CancellationToken ct) =>
        ChangeAsync(async () => await plans.AgreeAsync(Id, input, ct) is not null, "Plan.AgreedDone", "Agree", null, ct);

    public async Task<IActionResult> OnPostApproveAsync([FromForm(Name = "Review")] EditPlan.ReviewInput input, CancellationToken ct) =>
        me.Can(Policies.ApproveCasePlans) ? await ChangeAsync(() => plans.ApproveAsync(Id, input, ct), "Plan.Approved", "Review", null, ct) : Forbid();

    public async Task<IActionResult> OnPostReturnAsync([FromForm(Name = "Review")] EditPlan.ReviewInput input, CancellationToken ct) =>
        me.Can(Policies.ApproveCasePlans) ? await ChangeAsync(() => plans.ReturnAsync(Id, input, ct), "Plan.Returned", "Review", null, ct) : Forbid();
}
