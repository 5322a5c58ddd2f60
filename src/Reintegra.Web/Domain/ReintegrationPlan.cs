namespace Reintegra.Web.Domain;

/// <summary>What an action is, as a form or the API states it.</summary>
public sealed record PlanActionDetails(
    Dimension Dimension,
    InterventionLevel Level,
    PlanActionKind Kind,
    string Description,
    decimal? Amount,
    ServiceCategory? ServiceCategory,
    DateOnly? TargetDate);

/// <summary>
/// The reintegration plan agreed with the person: actions per dimension and level. A plan that commits more money
/// than the configured threshold needs a supervisor's approval before it is carried out, and again whenever the
/// money it commits grows beyond what was approved.
/// </summary>
public sealed class ReintegrationPlan : IVersioned, IPersonRecord
{
    public const int MaxActions = 60;

    private readonly List<PlanAction> _actions = [];

    private ReintegrationPlan()
    {
    }

    public ReintegrationPlan(Guid caseId, Guid personId, string currency, DateTime now)
    {
        CaseId = caseId;
        PersonId = personId;
        Currency = currency;
        Status = PlanStatus.Draft;
        UpdatedAt = now;
    }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public string? Goal { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>ISO 4217 code of every amount in the plan (configuration <c>Cases:Currency</c> when the plan was started).</summary>
    public string Currency { get; private set; } = "";

    public DateOnly? AgreedOn { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public Guid? SubmittedByUserId { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    /// <summary>The money a supervisor approved; the plan may commit up to this much without asking again.</summary>
    public decimal? ApprovedAmount { get; private set; }

    public string? ReturnedReason { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<PlanAction> Actions => _actions.AsReadOnly();

    public decimal CommittedAmount => _actions.Where(a => a.Status != PlanActionStatus.Cancelled && a.Amount is not null).Sum(a => a.Amount!.Value);

    public bool NeedsApproval(decimal threshold) => CommittedAmount > threshold && CommittedAmount > (ApprovedAmount ?? 0m);

    /// <summary>Agreed with the person, approved when the money requires it, and with something to do.</summary>
    public bool IsReady(decimal threshold) =>
        Status == PlanStatus.Agreed && !NeedsApproval(threshold) && _actions.Any(a => a.Status != PlanActionStatus.Cancelled);

    public bool AllActionsFinished => _actions.Count > 0 && _actions.All(a => a.Status.IsFinished());

    public bool AnyActionDone => _actions.Any(a => a.Status == PlanActionStatus.Done);

    public void SetGoal(string? goal, DateTime now)
    {
        EnsureEditable();
        Goal = string.IsNullOrWhiteSpace(goal) ? null : goal.Trim();
        UpdatedAt = now;
    }

    public PlanAction AddAction(PlanActionDetails details, decimal threshold, Guid by, DateTime now)
    {
        EnsureEditable();
        if (_actions.Count >= MaxActions)
        {
            throw new DomainException("Plan.TooManyActions", MaxActions);
        }
        var action = new PlanAction(CaseId, PersonId, details, Currency, by, now);
        _actions.Add(action);
        AfterChange(threshold, now);
        return action;
    }

    public void ChangeAction(PlanAction action, PlanActionDetails details, decimal threshold, DateTime now)
    {
        EnsureEditable();
        action.Change(details);
        AfterChange(threshold, now);
    }

    /// <summary>Sets an action's status by hand. Money may not start moving while the plan waits for approval.</summary>
    public void SetActionStatus(PlanAction action, PlanActionStatus status, string? outcome, decimal threshold, DateTime now)
    {
        if (status is PlanActionStatus.InProgress or PlanActionStatus.Done && action.Amount is not null && (Status != PlanStatus.Agreed || NeedsApproval(threshold)))
        {
            throw new DomainException("Plan.MoneyNotApproved");
        }
        action.SetStatus(status, outcome, now);
        if (status == PlanActionStatus.Cancelled)
        {
            AfterChange(threshold, now);
        }
        UpdatedAt = now;
    }

    /// <summary>
    /// The case worker agreed the plan with the person. Within the threshold it is agreed at once; above it, it
    /// goes to a supervisor.
    /// </summary>
    public void Agree(DateOnly agreedOn, decimal threshold, Guid by, DateTime now)
    {
        EnsureEditable();
        if (!_actions.Any(a => a.Status != PlanActionStatus.Cancelled))
        {
            throw new DomainException("Plan.NoActions");
        }
        AgreedOn = agreedOn;
        ReturnedReason = null;
        if (NeedsApproval(threshold))
        {
            Status = PlanStatus.PendingApproval;
            SubmittedAt = now;
            SubmittedByUserId = by;
        }
        else
        {
            Status = PlanStatus.Agreed;
        }
        UpdatedAt = now;
    }

    /// <summary>A supervisor approves the money the plan commits. Nobody approves their own request.</summary>
    public void Approve(Guid by, DateTime now)
    {
        if (Status != PlanStatus.PendingApproval)
        {
            throw new DomainException("Plan.NotPendingApproval");
        }
        if (SubmittedByUserId == by)
        {
            throw new DomainException("Plan.SelfApproval");
        }
        Status = PlanStatus.Agreed;
        ApprovedAmount = CommittedAmount;
        ApprovedAt = now;
        ApprovedByUserId = by;
        UpdatedAt = now;
    }

    public void ReturnForChanges(string reason, DateTime now)
    {
        if (Status != PlanStatus.PendingApproval)
        {
            throw new DomainException("Plan.NotPendingApproval");
        }
        Status = PlanStatus.Draft;
        ReturnedReason = reason.Trim();
        UpdatedAt = now;
    }

    /// <summary>A change that commits more money than was approved sends an agreed plan back to draft.</summary>
    private void AfterChange(decimal threshold, DateTime now)
    {
        if (Status == PlanStatus.Agreed && NeedsApproval(threshold))
        {
            Status = PlanStatus.Draft;
        }
        UpdatedAt = now;
    }

    private void EnsureEditable()
    {
        if (Status == PlanStatus.PendingApproval)
        {
            throw new DomainException("Plan.AwaitingApproval");
        }
    }
}

/// <summary>
/// One action of a plan: direct assistance with an amount, or a referral to a service. What delivered it is linked
/// (the referral here; placements and grants of later areas the same way), and its outcome is recorded.
/// </summary>
public sealed class PlanAction : IVersioned, IPersonRecord
{
    public const decimal MaxAmount = 10_000_000m;

    private PlanAction()
    {
    }

    internal PlanAction(Guid caseId, Guid personId, PlanActionDetails details, string currency, Guid by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PersonId = personId;
        Currency = currency;
        CreatedByUserId = by;
        CreatedAt = now;
        Status = PlanActionStatus.Planned;
        Change(details);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public Dimension Dimension { get; private set; }

    public InterventionLevel Level { get; private set; }

    public PlanActionKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public decimal? Amount { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>For a referral: the kind of service needed.</summary>
    public ServiceCategory? ServiceCategory { get; private set; }

    public DateOnly? TargetDate { get; private set; }

    public PlanActionStatus Status { get; private set; }

    /// <summary>The referral that delivers (or last tried to deliver) this action.</summary>
    public Guid? ReferralId { get; private set; }

    public string? Outcome { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    internal void Change(PlanActionDetails details)
    {
        if (Status.IsFinished())
        {
            throw new DomainException("Plan.ActionFinished");
        }
        if (details.Kind.RequiresAmount() && details.Amount is null)
        {
            throw new DomainException("Plan.AmountRequired");
        }
        if (details.Kind == PlanActionKind.Referral && details.Amount is not null)
        {
            throw new DomainException("Plan.NoAmountForReferral");
        }
        if (details.Amount is <= 0 or > MaxAmount)
        {
            throw new DomainException("Plan.AmountOutOfRange");
        }
        if (details.Kind == PlanActionKind.Referral && details.ServiceCategory is null)
        {
            throw new DomainException("Plan.ServiceCategoryRequired");
        }
        if (ReferralId is not null && details.Kind != PlanActionKind.Referral)
        {
            throw new DomainException("Plan.ActionHasReferral");
        }
        Dimension = details.Dimension;
        Level = details.Level;
        Kind = details.Kind;
        Description = details.Description.Trim();
        Amount = details.Amount;
        ServiceCategory = details.Kind == PlanActionKind.Referral ? details.ServiceCategory : null;
        TargetDate = details.TargetDate;
    }

    internal void SetStatus(PlanActionStatus status, string? outcome, DateTime now)
    {
        if (Kind == PlanActionKind.Referral && status != PlanActionStatus.Cancelled)
        {
            // A referral action follows its referral; only cancelling it is a decision of the case worker.
            throw new DomainException("Plan.ReferralActionFollowsReferral");
        }
        if (Status.IsFinished())
        {
            throw new DomainException("Plan.ActionFinished");
        }
        Status = status;
        Outcome = string.IsNullOrWhiteSpace(outcome) ? Outcome : outcome.Trim();
        CompletedAt = status.IsFinished() ? now : null;
    }

    /// <summary>A referral was sent for this action.</summary>
    public void Referred(Guid referralId)
    {
        if (Kind != PlanActionKind.Referral)
        {
            throw new DomainException("Plan.ActionNotReferral");
        }
        if (Status.IsFinished())
        {
            throw new DomainException("Plan.ActionFinished");
        }
        if (Status == PlanActionStatus.InProgress)
        {
            throw new DomainException("Plan.ActionAlreadyReferred");
        }
        ReferralId = referralId;
        Status = PlanActionStatus.InProgress;
    }

    /// <summary>Follows the referral: completed means done; declined, withdrawn or closed leaves the action to be referred again.</summary>
    public void FollowReferral(ReferralStatus status, string? delivered, DateTime now)
    {
        if (Status == PlanActionStatus.Cancelled)
        {
            return;
        }
        switch (status)
        {
            case ReferralStatus.Completed:
                Status = PlanActionStatus.Done;
                Outcome = delivered;
                CompletedAt = now;
                break;
            case ReferralStatus.Declined or ReferralStatus.Withdrawn or ReferralStatus.Closed:
                Status = PlanActionStatus.Planned;
                CompletedAt = null;
                break;
        }
    }
}
