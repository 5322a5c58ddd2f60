namespace Reintegra.Web.Domain;

/// <summary>
/// A request for the assisted voluntary return of a migrant in a highly vulnerable situation, made on their behalf
/// by a consulate, an international organisation or an authorised civil-society organisation (never by the migrant)
/// to the office that manages the funds in the country where the migrant is. It lives in that country's instance;
/// the country of return learns of it only through the hand-off message.
/// </summary>
public sealed class AvrRequest : IVersioned, IAudited
{
    public const int AdultAge = 18;
    public const int MaxFamily = 12;

    private readonly List<AvrFamilyMember> _family = [];
    private readonly List<AvrRequestEvent> _history = [];

    private AvrRequest()
    {
    }

    public AvrRequest(Guid requestingInstitutionId, AvrActor by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Reference = $"RVA-{now:yyyy}-{Id.ToString("N")[^8..].ToUpperInvariant()}";
        RequestingInstitutionId = requestingInstitutionId;
        CreatedByUserId = by.UserId ?? Guid.Empty;
        CreatedAt = now;
        UpdatedAt = now;
        Status = AvrStatus.Draft;
        StatusChangedAt = now;
        Log(AvrAction.Created, by, null, now);
    }

    public Guid Id { get; private set; }

    /// <summary>What people quote on the phone and on the hand-off: RVA-2026-4F3A9C21.</summary>
    public string Reference { get; private set; } = "";

    public Guid RequestingInstitutionId { get; private set; }

    /// <summary>The office that decides on the funds (IOM's office in the country where the migrant is, or a national fund).</summary>
    public Guid? ProcessingInstitutionId { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string GivenNames { get; private set; } = "";

    public string FirstSurname { get; private set; } = "";

    public string? SecondSurname { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int? BirthYear { get; private set; }

    public BirthDatePrecision? BirthDatePrecision { get; private set; }

    public string NationalityCode { get; private set; } = "";

    public DocumentType? DocumentType { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? DocumentCountry { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>ISO 639-3 codes, comma-separated.</summary>
    public string Languages { get; private set; } = "";

    /// <summary>The transit or destination country where the migrant is now.</summary>
    public string CurrentCountryCode { get; private set; } = "";

    /// <summary>City, shelter or detention centre where the migrant can be found.</summary>
    public string CurrentPlace { get; private set; } = "";

    public string ReturnCountryCode { get; private set; } = "";

    public string? OriginAdm1 { get; private set; }

    public string? OriginAdm2 { get; private set; }

    /// <summary>Where in the country of return the person will live.</summary>
    public string DestinationAdm1 { get; private set; } = "";

    public string? DestinationAdm2 { get; private set; }

    public ChildStatus? ChildStatus { get; private set; }

    public Vulnerability Vulnerabilities { get; private set; }

    public SensitiveFlag SensitiveFlags { get; private set; }

    /// <summary>Medical and mental-health details; passed to the country of return only with consent.</summary>
    public string? HealthNotes { get; private set; }

    public bool EscortRequired { get; private set; }

    /// <summary>Logistics the reception centre must prepare (wheelchair, stretcher, medical escort ...).</summary>
    public string? EscortNeeds { get; private set; }

    /// <summary>ISO 4217 code of the estimated costs; the fund that pays must work in the same currency.</summary>
    public string Currency { get; private set; } = "USD";

    public long TicketCents { get; private set; }

    public long EscortCents { get; private set; }

    public long PerDiemCents { get; private set; }

    public long MedicalCents { get; private set; }

    public long EstimatedTotalCents { get; private set; }

    public ConsentGiver? ConsentGiver { get; private set; }

    public string? ConsentProxyName { get; private set; }

    public string? ConsentProxyRelationship { get; private set; }

    public ConsentShare ConsentShares { get; private set; }

    public DateTime? ConsentRecordedAt { get; private set; }

    public Guid? ConsentRecordedByUserId { get; private set; }

    public DateTime? ConsentWithdrawnAt { get; private set; }

    public Guid? FundId { get; private set; }

    public DateTime? EligibilityCheckedAt { get; private set; }

    /// <summary>The rules as the fund manager saw them (JSON of <see cref="EligibilityCheck"/>).</summary>
    public string? EligibilityJson { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The budget year the commitment and the spending are booked against.</summary>
    public int? BudgetYear { get; private set; }

    /// <summary>What is still set aside for this request (approved, not yet paid).</summary>
    public long CommittedCents { get; private set; }

    public long SpentCents { get; private set; }

    public ReturnMode? TravelMode { get; private set; }

    public DateTime? DepartureAt { get; private set; }

    public DateTime? ExpectedArrivalAt { get; private set; }

    public string? Itinerary { get; private set; }

    public string? PointOfEntry { get; private set; }

    /// <summary>Who travels with the person as escort (name and organisation).</summary>
    public string? EscortName { get; private set; }

    public DateTime? TravelledAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    /// <summary>The reception centre of the country of return that registered the person (from its message).</summary>
    public string? ReceivedBy { get; private set; }

    public AvrStatus Status { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public string? CancelReason { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<AvrFamilyMember> Family => _family.AsReadOnly();

    public IReadOnlyCollection<AvrRequestEvent> History => _history.AsReadOnly();

    public string DisplayName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public bool HasConsent => ConsentRecordedAt is not null && ConsentWithdrawnAt is null;

    public int? AgeOn(DateOnly day) => PersonBirth.AgeOn(BirthDate, BirthYear, day);

    public bool IsChildOn(DateOnly day) => AgeOn(day) is < AdultAge;

    /// <summary>A child with no adult of the family travelling: the child-protection authority must be told in advance.</summary>
    public bool ChildTravelsWithoutAdult(DateOnly day) =>
        IsChildOn(day) && !_family.Any(f => PersonBirth.AgeOn(f.BirthDate, f.BirthYear, day) is >= AdultAge);

    /// <summary>The fund groups this person belongs to on a day (age counts for older persons).</summary>
    public EligibleGroup GroupsOn(DateOnly day, int olderPersonAge)
    {
        var groups = EligibleGroup.None;
        if (IsChildOn(day) && ChildStatus == Domain.ChildStatus.Unaccompanied)
        {
            groups |= EligibleGroup.UnaccompaniedChild;
        }
        if ((Vulnerabilities & Vulnerability.Disability) != 0)
        {
            groups |= EligibleGroup.Disability;
        }
        if (AgeOn(day) >= olderPersonAge)
        {
            groups |= EligibleGroup.OlderPerson;
        }
        if ((Vulnerabilities & (Vulnerability.SeriousMedicalCondition | Vulnerability.MentalHealthCondition)) != 0)
        {
            groups |= EligibleGroup.InjuryOrIllness;
        }
        return groups;
    }

    /// <summary>
    /// Everything the requester fills in; only while the request is a draft. The first filling-in, right after
    /// creation (<paramref name="initial"/>), is not logged again: the history already says "created".
    /// </summary>
    public void Edit(AvrRequestDetails d, IEnumerable<AvrFamilyMemberDetails> family, AvrActor by, DateTime now, bool initial = false)
    {
        EnsureStatus("Avr.OnlyDraftsEditable", AvrStatus.Draft);
        GivenNames = d.Identity.GivenNames.Trim();
        FirstSurname = d.Identity.FirstSurname.Trim();
        SecondSurname = Clean(d.Identity.SecondSurname);
        Sex = d.Identity.Sex;
        BirthDate = d.Identity.Birth.Date;
        BirthYear = d.Identity.Birth.Year;
        BirthDatePrecision = d.Identity.Birth.Precision;
        NationalityCode = d.Identity.NationalityCode.ToUpperInvariant();
        DocumentType = d.DocumentType;
        DocumentNumber = d.DocumentType is null ? null : Clean(d.DocumentNumber);
        DocumentCountry = d.DocumentType is null ? null : d.DocumentCountry?.ToUpperInvariant();
        Phone = Clean(d.Phone);
        Languages = string.Join(',', d.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct());
        CurrentCountryCode = d.CurrentCountryCode.ToUpperInvariant();
        CurrentPlace = d.CurrentPlace.Trim();
        ReturnCountryCode = d.ReturnCountryCode.ToUpperInvariant();
        OriginAdm1 = d.OriginAdm1?.ToUpperInvariant();
        OriginAdm2 = d.OriginAdm2?.ToUpperInvariant();
        DestinationAdm1 = d.DestinationAdm1.ToUpperInvariant();
        DestinationAdm2 = d.DestinationAdm2?.ToUpperInvariant();
        ProcessingInstitutionId = d.ProcessingInstitutionId;
        Vulnerabilities = d.Vulnerabilities;
        SensitiveFlags = d.SensitiveFlags;
        HealthNotes = Clean(d.HealthNotes);
        EscortRequired = d.EscortRequired;
        EscortNeeds = Clean(d.EscortNeeds);
        Currency = d.Costs.Currency.ToUpperInvariant();
        (TicketCents, EscortCents, PerDiemCents, MedicalCents) = (d.Costs.TicketCents, d.Costs.EscortCents, d.Costs.PerDiemCents, d.Costs.MedicalCents);
        EstimatedTotalCents = d.Costs.TotalCents;
        _family.Clear();
        _family.AddRange(family.Select((f, i) => new AvrFamilyMember(Id, i + 1, f)));
        if (_family.Count > MaxFamily)
        {
            throw new DomainException("Avr.TooManyFamilyMembers", MaxFamily);
        }
        var today = DateOnly.FromDateTime(now);
        var child = IsChildOn(today);
        if (child && d.ChildStatus is null)
        {
            throw new DomainException("Return.ChildStatusRequired");
        }
        if (!child && d.ChildStatus is not null)
        {
            throw new DomainException("Return.ChildStatusOnlyForChildren");
        }
        ChildStatus = d.ChildStatus;
        // As at reception: unaccompanied and separated children are vulnerability categories of their own.
        Vulnerabilities &= ~(Vulnerability.UnaccompaniedChild | Vulnerability.SeparatedChild);
        Vulnerabilities |= ChildStatus switch
        {
            Domain.ChildStatus.Unaccompanied => Vulnerability.UnaccompaniedChild,
            Domain.ChildStatus.Separated => Vulnerability.SeparatedChild,
            _ => Vulnerability.None,
        };
        UpdatedAt = now;
        if (!initial)
        {
            Log(AvrAction.Edited, by, null, now);
        }
    }

    /// <summary>
    /// Records the person's consent to return (a child's is given by a proxy, named with their relationship) and what
    /// may be passed to the country of return. Recording it again replaces it; possible until the person travels.
    /// </summary>
    public void RecordConsent(ConsentGiver giver, string? proxyName, string? proxyRelationship, ConsentShare shares, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.ConsentAfterTravel", AvrStatus.Draft, AvrStatus.Submitted, AvrStatus.EligibilityChecked, AvrStatus.Approved, AvrStatus.TravelArranged);
        if (IsChildOn(DateOnly.FromDateTime(now)) && giver != Domain.ConsentGiver.Proxy)
        {
            throw new DomainException("Avr.ChildConsentByProxy");
        }
        if (giver == Domain.ConsentGiver.Proxy && (string.IsNullOrWhiteSpace(proxyName) || string.IsNullOrWhiteSpace(proxyRelationship)))
        {
            throw new DomainException("Avr.ProxyNameRequired");
        }
        ConsentGiver = giver;
        ConsentProxyName = giver == Domain.ConsentGiver.Proxy ? Clean(proxyName) : null;
        ConsentProxyRelationship = giver == Domain.ConsentGiver.Proxy ? Clean(proxyRelationship) : null;
        ConsentShares = shares;
        ConsentRecordedAt = now;
        ConsentRecordedByUserId = by.UserId;
        ConsentWithdrawnAt = null;
        UpdatedAt = now;
        Log(AvrAction.ConsentRecorded, by, null, now);
    }

    /// <summary>The person changed their mind: nothing moves until consent is recorded again.</summary>
    public void WithdrawConsent(AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.ConsentAfterTravel", AvrStatus.Draft, AvrStatus.Submitted, AvrStatus.EligibilityChecked, AvrStatus.Approved, AvrStatus.TravelArranged);
        if (!HasConsent)
        {
            throw new DomainException("Avr.NoConsent");
        }
        ConsentWithdrawnAt = now;
        UpdatedAt = now;
        Log(AvrAction.ConsentWithdrawn, by, null, now);
    }

    public void Submit(AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotDraft", AvrStatus.Draft);
        if (GivenNames.Length == 0 || ProcessingInstitutionId is null)
        {
            throw new DomainException("Avr.Incomplete");
        }
        if (EstimatedTotalCents <= 0)
        {
            throw new DomainException("Avr.NoCosts");
        }
        Move(AvrStatus.Submitted, AvrAction.Submitted, by, null, now);
    }

    public void RecordEligibility(EligibilityCheck check, string json, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotAwaitingDecision", AvrStatus.Submitted, AvrStatus.EligibilityChecked);
        FundId = check.FundId;
        EligibilityCheckedAt = now;
        EligibilityJson = json;
        Move(AvrStatus.EligibilityChecked, AvrAction.EligibilityChecked, by, check.Passed ? null : string.Join(',', check.Rules.Where(r => !r.Passed).Select(r => r.Code)), now);
    }

    /// <summary>
    /// Approves against the fund whose rules were checked. The money is committed in the same transaction by the
    /// handler (an atomic conditional update of the fund's budget year); here only the request's side is recorded.
    /// </summary>
    public void Approve(EligibilityCheck check, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotChecked", AvrStatus.EligibilityChecked);
        if (check.FundId != FundId)
        {
            throw new DomainException("Avr.CheckedAnotherFund");
        }
        if (!check.Passed)
        {
            throw new DomainException("Avr.NotEligible");
        }
        BudgetYear = check.Year;
        CommittedCents = EstimatedTotalCents;
        DecidedAt = now;
        DecidedByUserId = by.UserId;
        Move(AvrStatus.Approved, AvrAction.Approved, by, null, now);
    }

    public void Reject(string reason, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotAwaitingDecision", AvrStatus.Submitted, AvrStatus.EligibilityChecked);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Avr.ReasonRequired");
        }
        RejectionReason = reason.Trim();
        DecidedAt = now;
        DecidedByUserId = by.UserId;
        Move(AvrStatus.Rejected, AvrAction.Rejected, by, RejectionReason, now);
    }

    /// <summary>Books the itinerary; arranging it again (a new date) replaces it and announces the arrival again.</summary>
    public void ArrangeTravel(TravelPlan plan, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotApproved", AvrStatus.Approved, AvrStatus.TravelArranged);
        EnsureConsent();
        if (plan.ExpectedArrivalAt < plan.DepartureAt)
        {
            throw new DomainException("Avr.ArrivalBeforeDeparture");
        }
        if (EscortRequired && string.IsNullOrWhiteSpace(plan.EscortName))
        {
            throw new DomainException("Avr.EscortRequired");
        }
        TravelMode = plan.Mode;
        DepartureAt = plan.DepartureAt;
        ExpectedArrivalAt = plan.ExpectedArrivalAt;
        Itinerary = Clean(plan.Itinerary);
        PointOfEntry = Clean(plan.PointOfEntry);
        EscortName = Clean(plan.EscortName);
        Move(AvrStatus.TravelArranged, AvrAction.TravelArranged, by, null, now);
    }

    public void MarkTravelled(DateTime at, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.TravelNotArranged", AvrStatus.TravelArranged);
        EnsureConsent();
        TravelledAt = at;
        Move(AvrStatus.Travelled, AvrAction.Travelled, by, null, now);
    }

    /// <summary>The country of return registered the person at reception (its message says so).</summary>
    public void MarkReceived(DateTime at, string receivedBy, AvrActor by, DateTime now)
    {
        if (Status == AvrStatus.Received)
        {
            return;
        }
        EnsureStatus("Avr.NotTravelling", AvrStatus.TravelArranged, AvrStatus.Travelled);
        TravelledAt ??= at;
        ReceivedAt = at;
        ReceivedBy = receivedBy;
        Move(AvrStatus.Received, AvrAction.Received, by, receivedBy, now);
    }

    /// <summary>
    /// Books money actually paid. It first uses up what was committed for this request; the rest must still fit the
    /// budget (the handler's conditional update) and the fund's cap (checked by the handler with the fund).
    /// </summary>
    /// <returns>How much of the amount came out of this request's commitment.</returns>
    public long RecordSpending(long amountCents, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotApproved", AvrStatus.Approved, AvrStatus.TravelArranged, AvrStatus.Travelled, AvrStatus.Received);
        if (amountCents <= 0)
        {
            throw new DomainException("Avr.AmountNotPositive");
        }
        var fromCommitment = Math.Min(amountCents, CommittedCents);
        CommittedCents -= fromCommitment;
        SpentCents += amountCents;
        UpdatedAt = now;
        Log(AvrAction.SpendingRecorded, by, null, now);
        return fromCommitment;
    }

    /// <returns>The commitment given back to the budget.</returns>
    public long Close(AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.NotReceived", AvrStatus.Received);
        var released = CommittedCents;
        CommittedCents = 0;
        Move(AvrStatus.Closed, AvrAction.Closed, by, null, now);
        return released;
    }

    /// <returns>The commitment given back to the budget.</returns>
    public long Cancel(string reason, AvrActor by, DateTime now)
    {
        EnsureStatus("Avr.CannotCancel", AvrStatus.Draft, AvrStatus.Submitted, AvrStatus.EligibilityChecked, AvrStatus.Approved, AvrStatus.TravelArranged);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Avr.ReasonRequired");
        }
        // Money already paid (a ticket) stays spent; only what is still committed goes back.
        var released = CommittedCents;
        CommittedCents = 0;
        CancelReason = reason.Trim();
        Move(AvrStatus.Cancelled, AvrAction.Cancelled, by, CancelReason, now);
        return released;
    }

    /// <summary>Records that the announcement (or its cancellation) was put on its way to the country of return.</summary>
    public void LogAnnouncement(AvrActor by, DateTime now) => Log(AvrAction.Announced, by, ReturnCountryCode, now);

    private void EnsureConsent()
    {
        if (!HasConsent)
        {
            throw new DomainException("Avr.NoConsent");
        }
    }

    private void EnsureStatus(string code, params AvrStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(code);
        }
    }

    private void Move(AvrStatus to, AvrAction action, AvrActor by, string? note, DateTime now)
    {
        Status = to;
        StatusChangedAt = now;
        UpdatedAt = now;
        Log(action, by, note, now);
    }

    private void Log(AvrAction action, AvrActor by, string? note, DateTime now) =>
        _history.Add(new AvrRequestEvent(Id, action, Status, by, note, now));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Who did a step: a user of an institution, or (for messages) another country's instance.</summary>
public sealed record AvrActor(Guid? UserId, Guid? InstitutionId, string? Name = null);

public sealed record AvrCosts(string Currency, long TicketCents, long EscortCents, long PerDiemCents, long MedicalCents)
{
    public long TotalCents => TicketCents + EscortCents + PerDiemCents + MedicalCents;
}

public sealed record AvrRequestDetails(
    PersonIdentity Identity,
    DocumentType? DocumentType,
    string? DocumentNumber,
    string? DocumentCountry,
    string? Phone,
    IReadOnlyList<string> Languages,
    string CurrentCountryCode,
    string CurrentPlace,
    string ReturnCountryCode,
    string? OriginAdm1,
    string? OriginAdm2,
    string DestinationAdm1,
    string? DestinationAdm2,
    Guid? ProcessingInstitutionId,
    ChildStatus? ChildStatus,
    Vulnerability Vulnerabilities,
    SensitiveFlag SensitiveFlags,
    string? HealthNotes,
    bool EscortRequired,
    string? EscortNeeds,
    AvrCosts Costs);

public sealed record AvrFamilyMemberDetails(string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, PersonBirth Birth, FamilyRelationship Relationship);

public sealed record TravelPlan(ReturnMode Mode, DateTime DepartureAt, DateTime ExpectedArrivalAt, string? Itinerary, string? PointOfEntry, string? EscortName);

/// <summary>A relative who returns with the person under the same request.</summary>
public sealed class AvrFamilyMember
{
    private AvrFamilyMember()
    {
    }

    internal AvrFamilyMember(Guid requestId, int ordinal, AvrFamilyMemberDetails d)
    {
        Id = Guid.CreateVersion7();
        RequestId = requestId;
        Ordinal = ordinal;
        GivenNames = d.GivenNames.Trim();
        FirstSurname = d.FirstSurname.Trim();
        SecondSurname = string.IsNullOrWhiteSpace(d.SecondSurname) ? null : d.SecondSurname.Trim();
        Sex = d.Sex;
        BirthDate = d.Birth.Date;
        BirthYear = d.Birth.Year;
        BirthDatePrecision = d.Birth.Precision;
        Relationship = d.Relationship;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public int Ordinal { get; private set; }

    public string GivenNames { get; private set; } = "";

    public string FirstSurname { get; private set; } = "";

    public string? SecondSurname { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int? BirthYear { get; private set; }

    public BirthDatePrecision? BirthDatePrecision { get; private set; }

    public FamilyRelationship Relationship { get; private set; }

    public string DisplayName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public enum AvrAction
{
    Created = 1,
    Edited = 2,
    ConsentRecorded = 3,
    ConsentWithdrawn = 4,
    Submitted = 5,
    EligibilityChecked = 6,
    Approved = 7,
    Rejected = 8,
    TravelArranged = 9,
    Travelled = 10,
    SpendingRecorded = 11,
    Announced = 12,
    Received = 13,
    Closed = 14,
    Cancelled = 15,
}

/// <summary>One step in a request's history: what happened, who did it, and the status it left the request in.</summary>
public sealed class AvrRequestEvent
{
    private AvrRequestEvent()
    {
    }

    internal AvrRequestEvent(Guid requestId, AvrAction action, AvrStatus status, AvrActor by, string? note, DateTime at)
    {
        Id = Guid.CreateVersion7();
        RequestId = requestId;
        Action = action;
        Status = status;
        UserId = by.UserId;
        InstitutionId = by.InstitutionId;
        ActorName = by.Name;
        Note = note is { Length: > 500 } ? note[..500] : note;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public AvrAction Action { get; private set; }

    public AvrStatus Status { get; private set; }

    public Guid? UserId { get; private set; }

    public Guid? InstitutionId { get; private set; }

    /// <summary>For steps reported by another country's instance: which institution there.</summary>
    public string? ActorName { get; private set; }

    public string? Note { get; private set; }

    public DateTime At { get; private set; }
}
