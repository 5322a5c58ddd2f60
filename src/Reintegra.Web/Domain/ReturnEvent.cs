namespace Reintegra.Web.Domain;

public enum ReceptionStatus
{
    Open = 1,
    Completed = 2,
}

/// <summary>
/// One return of one person, as received and screened by a reception centre. It belongs to the institution
/// that registered it: no other institution reads or changes it.
/// </summary>
public sealed class ReturnEvent : IVersioned, IPersonRecord
{
    public const int OlderPersonAge = 60;
    public const int AdultAge = 18;

    private readonly List<ImmediateReferral> _referrals = [];

    private ReturnEvent()
    {
    }

    public ReturnEvent(Guid personId, Guid institutionId, Guid registeredBy, ReturnDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        InstitutionId = institutionId;
        RegisteredByUserId = registeredBy;
        RegisteredAt = now;
        Status = ReceptionStatus.Open;
        ArrivalId = details.ArrivalId;
        ArrivedAt = details.ArrivedAt;
        Mode = details.Mode;
        ReturnedFromCode = details.ReturnedFromCode.ToUpperInvariant();
        Category = details.Category;
        DestinationAdm1 = details.DestinationAdm1;
        DestinationAdm2 = details.DestinationAdm2;
        TimeAbroadMonths = details.TimeAbroadMonths;
        AgeAtReturn = details.AgeAtReturn;
        FamilyGroupId = details.FamilyGroupId;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid? ArrivalId { get; private set; }

    public DateTime ArrivedAt { get; private set; }

    public ReturnMode Mode { get; private set; }

    public string ReturnedFromCode { get; private set; } = "";

    public ReturnCategory Category { get; private set; }

    public string? DestinationAdm1 { get; private set; }

    public string? DestinationAdm2 { get; private set; }

    public int? TimeAbroadMonths { get; private set; }

    /// <summary>Age in whole years on the day of return, kept so figures by age group do not drift as time passes.</summary>
    public int? AgeAtReturn { get; private set; }

    /// <summary>People who arrive together and stay together share a family group.</summary>
    public Guid? FamilyGroupId { get; private set; }

    public ChildStatus? ChildStatus { get; private set; }

    /// <summary>For an accompanied child: the return of the adult who accompanies them.</summary>
    public Guid? AccompanyingReturnId { get; private set; }

    public Vulnerability Vulnerabilities { get; private set; }

    public ImmediateNeed ImmediateNeeds { get; private set; }

    public WgAnswer? WgSeeing { get; private set; }

    public WgAnswer? WgHearing { get; private set; }

    public WgAnswer? WgWalking { get; private set; }

    public WgAnswer? WgRemembering { get; private set; }

    public WgAnswer? WgSelfCare { get; private set; }

    public WgAnswer? WgCommunicating { get; private set; }

    /// <summary>Visible to the reception team without saying why: the details are in the sensitive screening.</summary>
    public bool ProtectionFollowUp { get; private set; }

    public string? Notes { get; private set; }

    public ReceptionStatus Status { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    public Guid RegisteredByUserId { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<ImmediateReferral> Referrals => _referrals.AsReadOnly();

    public bool IsChild => AgeAtReturn is < AdultAge;

    public bool NeedsChildProtectionReferral => ChildStatus is Domain.ChildStatus.Unaccompanied or Domain.ChildStatus.Separated;

    public bool HasChildProtectionReferral => _referrals.Any(r => r.Kind == ReferralKind.ChildProtection);

    public WashingtonGroupAnswers WashingtonGroup =>
        new(WgSeeing, WgHearing, WgWalking, WgRemembering, WgSelfCare, WgCommunicating);

    /// <summary>
    /// Records who the person arrived with. A child must be accompanied by an adult's return or be marked
    /// unaccompanied or separated; an adult has no child status.
    /// </summary>
    public void SetFamily(Guid? familyGroupId, ChildStatus? childStatus, Guid? accompanyingReturnId)
    {
        if (IsChild && childStatus is null)
        {
            throw new DomainException("Return.ChildStatusRequired");
        }
        if (!IsChild && childStatus is not null)
        {
            throw new DomainException("Return.ChildStatusOnlyForChildren");
        }
        if (childStatus == Domain.ChildStatus.Accompanied && accompanyingReturnId is null)
        {
            throw new DomainException("Return.AccompanyingAdultRequired");
        }
        if (childStatus != Domain.ChildStatus.Accompanied && accompanyingReturnId is not null)
        {
            throw new DomainException("Return.AccompanyingAdultOnlyWhenAccompanied");
        }
        FamilyGroupId = familyGroupId;
        ChildStatus = childStatus;
        AccompanyingReturnId = accompanyingReturnId;
        Vulnerabilities = DeriveVulnerabilities(Vulnerabilities);
    }

    /// <summary>Puts this return into a family group when someone registered later joins it.</summary>
    public void JoinFamilyGroup(Guid familyGroupId) => FamilyGroupId = familyGroupId;

    public void Screen(Vulnerability declared, WashingtonGroupAnswers wg, ImmediateNeed needs, string? notes)
    {
        EnsureOpen();
        if (wg.AnyAnswered && AgeAtReturn is < WashingtonGroupAnswers.MinimumAge)
        {
            throw new DomainException("Return.WashingtonGroupUnderFive");
        }
        (WgSeeing, WgHearing, WgWalking, WgRemembering, WgSelfCare, WgCommunicating) =
            (wg.Seeing, wg.Hearing, wg.Walking, wg.Remembering, wg.SelfCare, wg.Communicating);
        ImmediateNeeds = needs;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Vulnerabilities = DeriveVulnerabilities(declared);
    }

    /// <summary>Sensitive flags that call for protection follow-up raise the visible marker; clearing them does not lower it.</summary>
    public void ApplySensitiveFlags(SensitiveFlag flags)
    {
        if ((flags & (SensitiveFlag.ProtectionRiskOnReturn | SensitiveFlag.SuspectedTrafficking | SensitiveFlag.SurvivorOfViolence)) != 0)
        {
            ProtectionFollowUp = true;
        }
    }

    public ImmediateReferral RecordReferral(ReferralKind kind, Guid? toInstitutionId, string toName, string? reference, string? notes, Guid by, DateTime now)
    {
        var referral = new ImmediateReferral(Id, PersonId, kind, toInstitutionId, toName, reference, notes, by, now);
        _referrals.Add(referral);
        return referral;
    }

    /// <summary>
    /// Closes the reception of this return. An unaccompanied or separated child cannot leave reception
    /// without a recorded referral to the child-protection authority.
    /// </summary>
    public void CompleteReception(DateTime now)
    {
        EnsureOpen();
        if (NeedsChildProtectionReferral && !HasChildProtectionReferral)
        {
            throw new DomainException("Return.ChildProtectionReferralRequired");
        }
        Status = ReceptionStatus.Completed;
        CompletedAt = now;
    }

    private void EnsureOpen()
    {
        if (Status != ReceptionStatus.Open)
        {
            throw new DomainException("Return.ReceptionCompleted");
        }
    }

    private Vulnerability DeriveVulnerabilities(Vulnerability declared)
    {
        const Vulnerability derived = Vulnerability.Disability | Vulnerability.OlderPerson | Vulnerability.UnaccompaniedChild | Vulnerability.SeparatedChild;
        var result = declared & ~derived;
        if (WashingtonGroup.MeetsDisabilityCutoff || (declared & Vulnerability.Disability) != 0)
        {
            result |= Vulnerability.Disability;
        }
        if (AgeAtReturn >= OlderPersonAge)
        {
            result |= Vulnerability.OlderPerson;
        }
        result |= ChildStatus switch
        {
            Domain.ChildStatus.Unaccompanied => Vulnerability.UnaccompaniedChild,
            Domain.ChildStatus.Separated => Vulnerability.SeparatedChild,
            _ => Vulnerability.None,
        };
        return result;
    }
}

public sealed record ReturnDetails(
    Guid? ArrivalId,
    DateTime ArrivedAt,
    ReturnMode Mode,
    string ReturnedFromCode,
    ReturnCategory Category,
    string? DestinationAdm1,
    string? DestinationAdm2,
    int? TimeAbroadMonths,
    int? AgeAtReturn,
    Guid? FamilyGroupId);

/// <summary>The protection flags of one return, kept in their own table so that reading them is always a deliberate, audited act.</summary>
public sealed class SensitiveScreening : IPersonRecord, IVersioned
{
    private SensitiveScreening()
    {
    }

    public SensitiveScreening(Guid returnEventId, Guid personId, SensitiveFlag flags, string? notes, Guid by, DateTime now)
    {
        ReturnEventId = returnEventId;
        PersonId = personId;
        Update(flags, notes, by, now);
    }

    public Guid ReturnEventId { get; private set; }

    public Guid PersonId { get; private set; }

    public SensitiveFlag Flags { get; private set; }

    public string? Notes { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public int Version { get; set; }

    public void Update(SensitiveFlag flags, string? notes, Guid by, DateTime now)
    {
        Flags = flags;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecordedByUserId = by;
        RecordedAt = now;
    }
}

public enum ReferralKind
{
    ChildProtection = 1,
    Health = 2,
    MentalHealth = 3,
    Shelter = 4,
    Documents = 5,
    LegalAid = 6,
    ProtectionServices = 7,
    Other = 9,
}

/// <summary>A referral made at reception for an immediate need (the reintegration referrals of cases come later).</summary>
public sealed class ImmediateReferral : IPersonRecord
{
    private ImmediateReferral()
    {
    }

    internal ImmediateReferral(Guid returnEventId, Guid personId, ReferralKind kind, Guid? toInstitutionId, string toName, string? reference, string? notes, Guid by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        ReturnEventId = returnEventId;
        PersonId = personId;
        Kind = kind;
        ToInstitutionId = toInstitutionId;
        ToName = toName.Trim();
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecordedByUserId = by;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ReturnEventId { get; private set; }

    public Guid PersonId { get; private set; }

    public ReferralKind Kind { get; private set; }

    public Guid? ToInstitutionId { get; private set; }

    public string ToName { get; private set; } = "";

    public string? Reference { get; private set; }

    public string? Notes { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
