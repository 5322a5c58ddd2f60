using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// The reintegration plan: its goal and actions, the status of each action, agreeing it with the person, and the
/// supervisor's approval when it commits more money than the configured threshold. Every edit carries the version
/// the user read.
/// </summary>
public sealed class EditPlan(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases, CaseSettings settings)
{
    public sealed class GoalInput
    {
        public string? Goal { get; set; }

        /// <summary>The plan's version; leave out while there is no plan yet.</summary>
        public int? Version { get; set; }
    }

    public sealed class ActionInput
    {
        public Dimension? Dimension { get; set; }

        public InterventionLevel? Level { get; set; }

        public PlanActionKind? Kind { get; set; }

        public string? Description { get; set; }

        /// <summary>In the plan's currency; required for grants and micro-business support, refused for referrals.</summary>
        public decimal? Amount { get; set; }

        /// <summary>For a referral: the kind of service needed.</summary>
        public ServiceCategory? ServiceCategory { get; set; }

        public DateOnly? TargetDate { get; set; }

        /// <summary>Adding: the plan's version (leave out while there is no plan). Changing: the action's version.</summary>
        public int? Version { get; set; }
    }

    public sealed class StatusInput
    {
        public PlanActionStatus? Status { get; set; }

        public string? Outcome { get; set; }

        /// <summary>The action's version.</summary>
        public int? Version { get; set; }
    }

    public sealed class AgreeInput
    {
        public DateOnly? AgreedOn { get; set; }

        public int? Version { get; set; }
    }

    public sealed class ReviewInput
    {
        /// <summary>Why the plan goes back to the case worker (returning only).</summary>
        public string? Reason { get; set; }

        public int? Version { get; set; }
    }

    public async Task<bool> SetGoalAsync(Guid caseId, GoalInput input, CancellationToken ct)
    {
        var (c, plan, created) = await LoadAsync(caseId, input.Version, ct);
        if (c is null)
        {
            return false;
        }
        checks.Text("goal", input.Goal, 2000);
        checks.ThrowIfInvalid();
        plan!.SetGoal(input.Goal, Now);
        await SaveAsync(created, ct);
        return true;
    }

    public async Task<Guid?> AddActionAsync(Guid caseId, ActionInput input, CancellationToken ct)
    {
        var (c, plan, created) = await LoadAsync(caseId, input.Version, ct);
        if (c is null)
        {
            return null;
        }
        var details = ReadAction(input);
        var action = plan!.AddAction(details, settings.ApprovalThreshold, me.Id, Now);
        await SaveAsync(created, ct);
        return action.Id;
    }

    public async Task<bool> ChangeActionAsync(Guid caseId, Guid actionId, ActionInput input, CancellationToken ct)
    {
        var (_, plan, action) = await LoadActionAsync(caseId, actionId, input.Version, ct);
        if (action is null)
        {
            return false;
        }
        var details = ReadAction(input);
        plan!.ChangeAction(action, details, settings.ApprovalThreshold, Now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> SetActionStatusAsync(Guid caseId, Guid actionId, StatusInput input, CancellationToken ct)
    {
        var (_, plan, action) = await LoadActionAsync(caseId, actionId, input.Version, ct);
        if (action is null)
        {
            return false;
        }
        checks.Enum("status", input.Status, required: true);
        checks.Text("outcome", input.Outcome, 2000);
        checks.ThrowIfInvalid();
        if (input.Status == PlanActionStatus.Cancelled && action.ReferralId is { } rid
            && await db.Referrals.AnyAsync(r => r.Id == rid && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress), ct))
        {
            throw new DomainException("Plan.ActionHasOpenReferral");
        }
        plan!.SetActionStatus(action, input.Status!.Value, input.Outcome, settings.ApprovalThreshold, Now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The case worker agreed the plan with the person; above the threshold it goes to a supervisor.</summary>
    public async Task<PlanStatus?> AgreeAsync(Guid caseId, AgreeInput input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var plan = await cases.PlanAsync(caseId, ct) ?? throw new DomainException("Plan.NoActions");
        checks.Required("version", input.Version);
        if (checks.Required("agreedOn", input.AgreedOn) && input.AgreedOn > time.Today)
        {
            checks.Add("agreedOn", "Validation.DateInFuture");
        }
        checks.ThrowIfInvalid();
        c.EnsureNotClosed();
        cases.ExpectVersion(plan, input.Version!.Value);
        plan.Agree(input.AgreedOn!.Value, settings.ApprovalThreshold, me.Id, Now);
        if (plan.Status == PlanStatus.Agreed)
        {
            c.PlanAgreed(Now);
        }
        await db.SaveChangesAsync(ct);
        return plan.Status;
    }

    public async Task<bool> ApproveAsync(Guid caseId, ReviewInput input, CancellationToken ct)
    {
        var (c, plan) = await LoadForReviewAsync(caseId, input.Version, ct);
        if (plan is null)
        {
            return false;
        }
        plan.Approve(me.Id, Now);
        c!.PlanAgreed(Now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> ReturnAsync(Guid caseId, ReviewInput input, CancellationToken ct)
    {
        checks.Text("reason", input.Reason, 1000, required: true);
        var (_, plan) = await LoadForReviewAsync(caseId, input.Version, ct);
        if (plan is null)
        {
            return false;
        }
        plan.ReturnForChanges(input.Reason!, Now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(ReintegrationCase? Case, ReintegrationPlan? Plan, bool Created)> LoadAsync(Guid caseId, int? version, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return (null, null, false);
        }
        var plan = await cases.PlanAsync(caseId, ct);
        if (plan is not null)
        {
            checks.Required("version", version);
        }
        checks.ThrowIfInvalid();
        c.EnsureNotClosed();
        if (plan is null)
        {
            plan = new ReintegrationPlan(c.Id, c.PersonId, settings.Currency, Now);
            db.Plans.Add(plan);
            return (c, plan, true);
        }
        cases.ExpectVersion(plan, version!.Value);
        return (c, plan, false);
    }

    private async Task<(ReintegrationCase? Case, ReintegrationPlan? Plan, PlanAction? Action)> LoadActionAsync(Guid caseId, Guid actionId, int? version, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        var plan = c is null ? null : await cases.PlanAsync(caseId, ct);
        var action = plan?.Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return (null, null, null);
        }
        checks.Required("version", version);
        checks.ThrowIfInvalid();
        c!.EnsureNotClosed();
        cases.ExpectVersion(action, version!.Value);
        return (c, plan, action);
    }

    private async Task<(ReintegrationCase? Case, ReintegrationPlan? Plan)> LoadForReviewAsync(Guid caseId, int? version, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        var plan = c is null ? null : await cases.PlanAsync(caseId, ct);
        if (plan is null)
        {
            return (null, null);
        }
        checks.Required("version", version);
        checks.ThrowIfInvalid();
        c!.EnsureNotClosed();
        cases.ExpectVersion(plan, version!.Value);
        return (c, plan);
    }

    private PlanActionDetails ReadAction(ActionInput input)
    {
        checks.Enum("dimension", input.Dimension, required: true);
        checks.Enum("level", input.Level, required: true);
        checks.Enum("kind", input.Kind, required: true);
        checks.Text("description", input.Description, 500, required: true);
        checks.Enum("serviceCategory", input.ServiceCategory, required: input.Kind == PlanActionKind.Referral);
        if (input.Kind is { } kind && kind.RequiresAmount() && input.Amount is null)
        {
            checks.Add("amount", "Validation.Required");
        }
        else if (input.Kind == PlanActionKind.Referral && input.Amount is not null)
        {
            checks.Add("amount", "Domain.Plan.NoAmountForReferral");
        }
        else if (input.Amount is { } amount && (amount <= 0 || amount > PlanAction.MaxAmount || decimal.Round(amount, 2) != amount))
        {
            checks.Add("amount", "Domain.Plan.AmountOutOfRange");
        }
        if (input.TargetDate is { } target && (target < time.Today.AddYears(-1) || target > time.Today.AddYears(5)))
        {
            checks.Add("targetDate", "Validation.Range", time.Today.AddYears(-1).Year, time.Today.AddYears(5).Year);
        }
        checks.ThrowIfInvalid();
        return new PlanActionDetails(input.Dimension!.Value, input.Level!.Value, input.Kind!.Value, input.Description!, input.Amount,
            input.ServiceCategory, input.TargetDate);
    }

    private async Task SaveAsync(bool planCreated, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (planCreated && e is not DbUpdateConcurrencyException)
        {
            // Someone else started the plan at the same moment: the same answer as any concurrent edit.
            throw new DbUpdateConcurrencyException(e.Message, e);
        }
    }
}
