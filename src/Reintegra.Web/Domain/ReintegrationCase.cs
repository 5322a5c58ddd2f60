namespace Reintegra.Web.Domain;

/// <summary>How long a case may wait for each step before its task is overdue (configuration <c>Cases:*DueDays</c>).</summary>
public sealed record CaseSchedule(int AssessmentDays, int PlanDays, int FollowUpDays)
{
    public static CaseSchedule Default { get; } = new(14, 30, 90);
}

/// <summary>What the rest of the case says about whether it may move on; gathered by the handler from plan, assessments and referrals.</summary>
public sealed record CaseProgress(
    bool HasDataCollectionConsent,
    bool HasAssessment,
    bool PlanReady,
    bool AllActionsFinished,
    bool AnyActionDone,
    bool HasChildProtectionReferral);

/// <summary>
/// A returnee's reintegration case, held by one institution and owned by one of its case workers. It moves through
/// open → assessment → plan → implementation → follow-up → closed; every move is checked here.
/// </summary>
public sealed class ReintegrationCase : IVersioned, IPersonRecord
{
    public const int MaxMembers = 20;

    private readonly List<Consent> _consents = [];
    private readonly List<CaseMember> _members = [];

    private ReintegrationCase()
    {
    }

    public ReintegrationCase(Guid personId, Guid institutionId, Guid caseWorkerId, Guid openedBy, Guid? returnEventId,
        ChildStatus? childStatus, Vulnerability vulnerabilities, string? notes, DateOnly today, CaseSchedule schedule, DateTime now)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        InstitutionId = institutionId;
        CaseWorkerId = caseWorkerId;
        OpenedByUserId = openedBy;
        ReturnEventId = returnEventId;
        ChildStatus = childStatus;
        ChildProtectionRequired = childStatus is Domain.ChildStatus.Unaccompanied or Domain.ChildStatus.Separated;
        Vulnerabilities = vulnerabilities;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Status = CaseStatus.Open;
        OpenedAt = now;
        StatusChangedAt = now;
        UpdatedAt = now;
        AssessmentDueOn = today.AddDays(schedule.AssessmentDays);
        PlanDueOn = today.AddDays(schedule.PlanDays);
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The institution that holds the case; only its users see it.</summary>
    public Guid InstitutionId { get; private set; }

    public Guid CaseWorkerId { get; private set; }

    public Guid OpenedByUserId { get; private set; }

    /// <summary>The return the case was opened from, when it was opened straight from reception.</summary>
    public Guid? ReturnEventId { get; private set; }

    public ChildStatus? ChildStatus { get; private set; }

    /// <summary>An unaccompanied or separated child: the case must always have a child-protection referral.</summary>
    public bool ChildProtectionRequired { get; private set; }

    /// <summary>Non-sensitive vulnerabilities known when the case was opened (from the return's screening).</summary>
    public Vulnerability Vulnerabilities { get; private set; }

    public string? Notes { get; private set; }

    public CaseStatus Status { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public CaseClosureReason? ClosureReason { get; private set; }

    public string? ClosureNote { get; private set; }

    public DateOnly? AssessmentDueOn { get; private set; }

    public DateOnly? PlanDueOn { get; private set; }

    public DateOnly? FollowUpDueOn { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<Consent> Consents => _consents.AsReadOnly();

    public IReadOnlyCollection<CaseMember> Members => _members.AsReadOnly();

    public Consent? CurrentConsent => _consents.FirstOrDefault(c => c.IsCurrent);

    public bool IsClosed => Status == CaseStatus.Closed;

    /// <summary>
    /// Records a new statement of consent, which replaces the current one. A child's consent is given by a proxy,
    /// whose name and relationship are kept.
    /// </summary>
    public Consent RecordConsent(ConsentTerms terms, bool personIsChild, Guid by, DateTime now)
    {
        EnsureNotClosed();
        if (personIsChild && terms.GivenBy != ConsentGivenBy.Proxy)
        {
            throw new DomainException("Consent.ProxyRequiredForChild");
        }
        var consent = new Consent(Id, null, PersonId, InstitutionId, terms, by, now);
        CurrentConsent?.Supersede(now);
        _consents.Add(consent);
        Touch(now);
        return consent;
    }

    /// <summary>Withdraws the current consent; from now on nothing is shared (the handler stops open referrals in the same save).</summary>
    public Consent WithdrawConsent(string reason, Guid by, DateTime now)
    {
        var current = CurrentConsent ?? throw new DomainException("Consent.NoneToWithdraw");
        current.Withdraw(reason, by, now);
        Touch(now);
        return current;
    }

    public CaseMember AddMember(Guid? memberPersonId, string? name, HouseholdRelationship relationship, int? birthYear, DateTime now)
    {
        EnsureNotClosed();
        if (_members.Count >= MaxMembers)
        {
            throw new DomainException("Case.TooManyMembers", MaxMembers);
        }
        if (memberPersonId == PersonId)
        {
            throw new DomainException("Case.MemberIsThePerson");
        }
        if (memberPersonId is not null && _members.Any(m => m.MemberPersonId == memberPersonId))
        {
            throw new DomainException("Case.MemberAlreadyLinked");
        }
        var member = new CaseMember(Id, PersonId, memberPersonId, name, relationship, birthYear, now);
        _members.Add(member);
        Touch(now);
        return member;
    }

    public void RemoveMember(CaseMember member, DateTime now)
    {
        EnsureNotClosed();
        _members.Remove(member);
        Touch(now);
    }

    /// <summary>An unaccompanied or separated child discovered after the case was opened.</summary>
    public void MarkChildProtection(ChildStatus childStatus, DateTime now)
    {
        EnsureNotClosed();
        if (childStatus is not (Domain.ChildStatus.Unaccompanied or Domain.ChildStatus.Separated))
        {
            throw new DomainException("Case.ChildStatusNotProtected");
        }
        ChildStatus = childStatus;
        ChildProtectionRequired = true;
        Touch(now);
    }

    /// <summary>The steps a case may take from a status (besides closing): one on, or one back to revise.</summary>
    public static IReadOnlyList<CaseStatus> MovesFrom(CaseStatus status) => status switch
    {
        CaseStatus.Open => [CaseStatus.Assessment],
        CaseStatus.Assessment => [CaseStatus.Plan],
        CaseStatus.Plan => [CaseStatus.Implementation, CaseStatus.Assessment],
        CaseStatus.Implementation => [CaseStatus.FollowUp, CaseStatus.Plan],
        CaseStatus.FollowUp => [CaseStatus.Implementation],
        _ => [],
    };

    /// <summary>
    /// Moves the case one step on (or back to revise). Moving on needs what the step before it produces; no move
    /// at all is possible for an unaccompanied or separated child without a live child-protection referral.
    /// </summary>
    public void MoveTo(CaseStatus target, CaseProgress progress, DateOnly today, CaseSchedule schedule, DateTime now)
    {
        EnsureNotClosed();
        if (target == CaseStatus.Closed)
        {
            throw new DomainException("Case.CloseNeedsReason");
        }
        if (!MovesFrom(Status).Contains(target))
        {
            throw new DomainException("Case.TransitionNotAllowed");
        }
        if (ChildProtectionRequired && !progress.HasChildProtectionReferral)
        {
            throw new DomainException("Case.ChildProtectionReferralRequired");
        }
        switch (target)
        {
            case CaseStatus.Assessment when !progress.HasDataCollectionConsent:
                throw new DomainException("Case.ConsentRequired");
            case CaseStatus.Plan when Status == CaseStatus.Assessment && !progress.HasAssessment:
                throw new DomainException("Case.AssessmentRequired");
            case CaseStatus.Implementation when Status == CaseStatus.Plan && !progress.PlanReady:
                throw new DomainException("Case.PlanNotReady");
            case CaseStatus.FollowUp when !progress.AllActionsFinished || !progress.AnyActionDone:
                throw new DomainException("Case.ActionsNotFinished");
        }
        if (target == CaseStatus.FollowUp)
        {
            FollowUpDueOn = today.AddDays(schedule.FollowUpDays);
        }
        else if (Status == CaseStatus.FollowUp)
        {
            FollowUpDueOn = null;
        }
        Status = target;
        StatusChangedAt = now;
        Touch(now);
    }

    /// <summary>
    /// Closes the case with a reason. "Plan completed" is only true once every action is finished; "other" needs a note.
    /// Open referrals are stopped by the handler in the same save.
    /// </summary>
    public void Close(CaseClosureReason reason, string? note, CaseProgress progress, DateTime now)
    {
        EnsureNotClosed();
        if (reason == CaseClosureReason.PlanCompleted
            && (Status is not (CaseStatus.Implementation or CaseStatus.FollowUp) || !progress.AllActionsFinished || !progress.AnyActionDone))
        {
            throw new DomainException("Case.PlanNotCompleted");
        }
        if (reason == CaseClosureReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Case.ClosureNoteRequired");
        }
        Status = CaseStatus.Closed;
        ClosureReason = reason;
        ClosureNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedAt = now;
        StatusChangedAt = now;
        AssessmentDueOn = null;
        PlanDueOn = null;
        FollowUpDueOn = null;
        Touch(now);
    }

    public void AssessmentRecorded(DateTime now)
    {
        AssessmentDueOn = null;
        Touch(now);
    }

    public void PlanAgreed(DateTime now)
    {
        PlanDueOn = null;
        Touch(now);
    }

    public void SetFollowUpDue(DateOnly due, DateTime now)
    {
        if (Status != CaseStatus.FollowUp)
        {
            throw new DomainException("Case.NotInFollowUp");
        }
        FollowUpDueOn = due;
        Touch(now);
    }

    public void Reassign(Guid caseWorkerId, DateTime now)
    {
        EnsureNotClosed();
        CaseWorkerId = caseWorkerId;
        Touch(now);
    }

    /// <summary>The receiving institution accepted a transfer: the case, its history and its follow-up move there.</summary>
    public void TransferTo(Guid institutionId, Guid caseWorkerId, DateTime now)
    {
        EnsureNotClosed();
        InstitutionId = institutionId;
        CaseWorkerId = caseWorkerId;
        Touch(now);
    }

    public void EnsureNotClosed()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new DomainException("Case.Closed");
        }
    }

    /// <summary>Marks the case itself as changed, so that its version is checked and bumped even when only a child record changed.</summary>
    public void Touch(DateTime now) => UpdatedAt = now;
}

/// <summary>A member of the returnee's household linked to the case: a registered person, or someone named who is not in the registry.</summary>
public sealed class CaseMember : IPersonRecord
{
    private CaseMember()
    {
    }

    internal CaseMember(Guid caseId, Guid personId, Guid? memberPersonId, string? name, HouseholdRelationship relationship, int? birthYear, DateTime now)
    {
        if (memberPersonId is null && string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Case.MemberNeedsName");
        }
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PersonId = personId;
        MemberPersonId = memberPersonId;
        Name = memberPersonId is null ? name!.Trim() : null;
        Relationship = relationship;
        BirthYear = birthYear;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The case's person: the member belongs to their file.</summary>
    public Guid PersonId { get; private set; }

    public Guid? MemberPersonId { get; private set; }

    public string? Name { get; private set; }

    public HouseholdRelationship Relationship { get; private set; }

    public int? BirthYear { get; private set; }

    public DateTime AddedAt { get; private set; }
}
