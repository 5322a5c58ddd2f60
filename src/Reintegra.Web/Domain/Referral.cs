namespace Reintegra.Web.Domain;

/// <summary>
/// A referral of a person to a service of another institution, from a case's plan action, from the case directly, or
/// straight from reception for an urgent need. It carries only the data the person's consent allowed, copied when it
/// was sent. Lifecycle: sent → accepted or declined → in progress → completed or closed; the sender may withdraw it
/// while it is open. Every change of state is kept, so the time spent in each state is known.
/// </summary>
public sealed class Referral : IVersioned, IPersonRecord
{
    private readonly List<ReferralTransition> _transitions = [];

    private Referral()
    {
    }

    public Referral(ReferralOrigin origin, Service service, ReferralUrgency urgency, string reason, ReferralSnapshot snapshot,
        ReferralAuthority authority, Guid by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CaseId = origin.CaseId;
        PlanActionId = origin.PlanActionId;
        ReturnEventId = origin.ReturnEventId;
        PersonId = origin.PersonId;
        FromInstitutionId = origin.InstitutionId;
        OwnerInstitutionId = origin.InstitutionId;
        ServiceId = service.Id;
        ToInstitutionId = service.InstitutionId;
        Category = service.Category;
        Urgency = urgency;
        Reason = reason.Trim();
        Snapshot = snapshot;
        ConsentId = authority.ConsentId;
        ConsentOverride = authority.OverrideReason is not null;
        OverrideReason = authority.OverrideReason?.Trim();
        SentByUserId = by;
        SentAt = now;
        Status = ReferralStatus.Sent;
        StatusChangedAt = now;
        _transitions.Add(new ReferralTransition(Id, ReferralStatus.Sent, by, origin.InstitutionId, null, now));
    }

    public Guid Id { get; private set; }

    public Guid? CaseId { get; private set; }

    public Guid? PlanActionId { get; private set; }

    public Guid? ReturnEventId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid FromInstitutionId { get; private set; }

    /// <summary>The institution that follows the referral up: the sender, or the institution the case was transferred to.</summary>
    public Guid OwnerInstitutionId { get; private set; }

    public Guid ServiceId { get; private set; }

    public Guid ToInstitutionId { get; private set; }

    public ServiceCategory Category { get; private set; }

    public ReferralUrgency Urgency { get; private set; }

    public string Reason { get; private set; } = "";

    public ReferralStatus Status { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public DateTime SentAt { get; private set; }

    public Guid SentByUserId { get; private set; }

    /// <summary>The consent that allowed the sharing; null when it was sent on an override.</summary>
    public Guid? ConsentId { get; private set; }

    public bool ConsentOverride { get; private set; }

    public string? OverrideReason { get; private set; }

    public ReferralSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Why the provider declined, closed it without completing it, or the sender withdrew it.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>What the provider delivered.</summary>
    public string? Delivered { get; private set; }

    /// <summary>When the sender acknowledged a declined, completed or closed referral (follow-through).</summary>
    public DateTime? FollowedUpAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<ReferralTransition> Transitions => _transitions.AsReadOnly();

    /// <summary>A short reference to write on paper and say on the phone.</summary>
    public string Reference => ReferenceOf(Id);

    public static string ReferenceOf(Guid id)
    {
        var hex = id.ToString("N").ToUpperInvariant();
        return $"R-{hex[22..27]}-{hex[27..32]}";
    }

    /// <summary>Counts as the child-protection referral an unaccompanied or separated child's case must have.</summary>
    public bool IsLiveChildProtection => Category == ServiceCategory.ChildProtection && Status is not (ReferralStatus.Declined or ReferralStatus.Withdrawn or ReferralStatus.Closed);

    public void Accept(Guid by, Guid institution, DateTime now)
    {
        Expect(ReferralStatus.Sent);
        Move(ReferralStatus.Accepted, by, institution, null, now);
    }

    public void Decline(string reason, Guid by, Guid institution, DateTime now)
    {
        Expect(ReferralStatus.Sent);
        StatusReason = reason.Trim();
        Move(ReferralStatus.Declined, by, institution, StatusReason, now);
    }

    public void Start(Guid by, Guid institution, DateTime now)
    {
        Expect(ReferralStatus.Accepted);
        Move(ReferralStatus.InProgress, by, institution, null, now);
    }

    public void Complete(string delivered, Guid by, Guid institution, DateTime now)
    {
        Expect(ReferralStatus.Accepted, ReferralStatus.InProgress);
        Delivered = delivered.Trim();
        Move(ReferralStatus.Completed, by, institution, null, now);
    }

    /// <summary>The provider ends it without completing it (the person never came, moved away ...).</summary>
    public void Close(string reason, Guid by, Guid institution, DateTime now)
    {
        Expect(ReferralStatus.Accepted, ReferralStatus.InProgress);
        StatusReason = reason.Trim();
        Move(ReferralStatus.Closed, by, institution, StatusReason, now);
    }

    /// <summary>
    /// The sender stops an open referral. When the reason is that consent was withdrawn, the shared data is erased
    /// from the referral: the provider no longer sees anything about the person.
    /// </summary>
    public void Withdraw(string reason, bool eraseSharedData, Guid by, Guid institution, DateTime now)
    {
        if (!Status.IsOpen())
        {
            throw new DomainException("Referral.NotOpen");
        }
        StatusReason = reason.Trim();
        if (eraseSharedData)
        {
            Snapshot = ReferralSnapshot.Erased(now);
        }
        Move(ReferralStatus.Withdrawn, by, institution, StatusReason, now);
    }

    /// <summary>The sender has seen the answer and acted on it; it leaves the follow-through list.</summary>
    public void MarkFollowedUp(DateTime now)
    {
        if (Status.IsOpen())
        {
            throw new DomainException("Referral.StillOpen");
        }
        FollowedUpAt ??= now;
    }

    public void MoveToOwner(Guid institutionId) => OwnerInstitutionId = institutionId;

    /// <summary>An urgent referral made at reception joins the case opened afterwards for the person at the same institution.</summary>
    public void AttachToCase(Guid caseId)
    {
        if (CaseId is not null)
        {
            throw new DomainException("Referral.AlreadyInCase");
        }
        CaseId = caseId;
    }

    /// <summary>How long the referral spent in each state it went through (the current one up to now).</summary>
    public IReadOnlyList<(ReferralStatus Status, DateTime From, TimeSpan Duration)> TimeInStates(DateTime now)
    {
        var ordered = _transitions.OrderBy(t => t.At).ToList();
        var result = new List<(ReferralStatus, DateTime, TimeSpan)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var end = i + 1 < ordered.Count ? ordered[i + 1].At : now;
            result.Add((ordered[i].Status, ordered[i].At, ordered[i].Status.IsOpen() || i + 1 < ordered.Count ? end - ordered[i].At : TimeSpan.Zero));
        }
        return result;
    }

    private void Expect(params ReferralStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainException("Referral.WrongState");
        }
    }

    private void Move(ReferralStatus to, Guid by, Guid institution, string? note, DateTime now)
    {
        Status = to;
        StatusChangedAt = now;
        _transitions.Add(new ReferralTransition(Id, to, by, institution, note, now));
    }
}

/// <summary>Where a referral comes from: the person, the sending institution, and the case, action or return behind it.</summary>
public sealed record ReferralOrigin(Guid PersonId, Guid InstitutionId, Guid? CaseId, Guid? PlanActionId, Guid? ReturnEventId);

/// <summary>What allowed the sharing: a consent, or an override with its reason.</summary>
public sealed record ReferralAuthority(Guid? ConsentId, string? OverrideReason);

/// <summary>One change of state of a referral, with who made it and when.</summary>
public sealed class ReferralTransition
{
    private ReferralTransition()
    {
    }

    internal ReferralTransition(Guid referralId, ReferralStatus status, Guid by, Guid institution, string? note, DateTime at)
    {
        Id = Guid.CreateVersion7();
        ReferralId = referralId;
        Status = status;
        ByUserId = by;
        ByInstitutionId = institution;
        Note = note;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public ReferralStatus Status { get; private set; }

    public Guid ByUserId { get; private set; }

    public Guid ByInstitutionId { get; private set; }

    public string? Note { get; private set; }

    public DateTime At { get; private set; }
}

/// <summary>
/// The data about the person that travelled with a referral, copied when it was sent and limited to the fields the
/// consent (or the override) allowed. Providers see this and nothing else.
/// </summary>
public sealed class ReferralSnapshot
{
    private ReferralSnapshot()
    {
    }

    public SharedField Fields { get; private set; }

    public string? GivenNames { get; private set; }

    public string? Surnames { get; private set; }

    public Sex? Sex { get; private set; }

    public int? Age { get; private set; }

    public bool? IsChild { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int? BirthYear { get; private set; }

    public string? Phone { get; private set; }

    public string? Adm1 { get; private set; }

    public string? Adm2 { get; private set; }

    public string? Languages { get; private set; }

    public string? Documents { get; private set; }

    /// <summary>Assessment items with a moderate or high need, as "item:level" codes.</summary>
    public string? NeedLevels { get; private set; }

    public string? NeedsSummary { get; private set; }

    public Vulnerability? Vulnerabilities { get; private set; }

    public DateTime? ErasedAt { get; private set; }

    public static ReferralSnapshot Build(SharedField fields, Person person, int? age, string? adm1, string? adm2,
        Vulnerability vulnerabilities, NeedsAssessment? assessment)
    {
        var s = new ReferralSnapshot { Fields = fields };
        if (fields.HasFlag(SharedField.Name))
        {
            s.GivenNames = person.GivenNames;
            s.Surnames = string.Join(' ', new[] { person.FirstSurname, person.SecondSurname }.Where(x => !string.IsNullOrWhiteSpace(x)));
        }
        if (fields.HasFlag(SharedField.SexAndAge))
        {
            s.Sex = person.Sex;
            s.Age = age;
            s.IsChild = age is < ReturnEvent.AdultAge;
        }
        if (fields.HasFlag(SharedField.BirthDate))
        {
            s.BirthDate = person.BirthDate;
            s.BirthYear = person.BirthYear;
        }
        if (fields.HasFlag(SharedField.Contact))
        {
            s.Phone = person.Phone;
        }
        if (fields.HasFlag(SharedField.Place))
        {
            s.Adm1 = adm1;
            s.Adm2 = adm2;
        }
        if (fields.HasFlag(SharedField.Languages))
        {
            s.Languages = person.Languages;
        }
        if (fields.HasFlag(SharedField.Documents))
        {
            s.Documents = string.Join("; ", person.Documents.Select(d => $"{d.Type}:{d.IssuingCountry}:{d.Number}"));
        }
        if (fields.HasFlag(SharedField.Needs) && assessment is not null)
        {
            s.NeedLevels = string.Join(',', assessment.Ratings.Where(r => r.Level is NeedLevel.Moderate or NeedLevel.High)
                .OrderBy(r => r.Item).Select(r => $"{(int)r.Item}:{(int)r.Level}"));
            var summaries = new[] { assessment.EconomicSummary, assessment.SocialSummary, assessment.PsychosocialSummary }.Where(x => x is not null);
            var text = string.Join("\n", summaries);
            s.NeedsSummary = text.Length == 0 ? null : text[..Math.Min(text.Length, 2000)];
        }
        if (fields.HasFlag(SharedField.Vulnerabilities))
        {
            s.Vulnerabilities = vulnerabilities;
        }
        return s;
    }

    internal static ReferralSnapshot Erased(DateTime now) => new() { Fields = SharedField.None, ErasedAt = now };
}
