namespace Reintegra.Web.Domain;

/// <summary>The stages of a reintegration case (IOM integrated approach). Transitions are guarded by <see cref="ReintegrationCase"/>.</summary>
public enum CaseStatus
{
    Open = 1,
    Assessment = 2,
    Plan = 3,
    Implementation = 4,
    FollowUp = 5,
    Closed = 6,
}

/// <summary>
/// Why a case was closed. Stored as its number: new reasons are added with new numbers, never renumbered, so the
/// follow-up and evaluation areas can extend the list without migrating data.
/// </summary>
public enum CaseClosureReason
{
    PlanCompleted = 1,
    Unreachable = 2,
    Remigrated = 3,
    Deceased = 4,
    Transferred = 5,
    PersonDeclined = 6,
    Other = 99,
}

/// <summary>The three dimensions of sustainable reintegration.</summary>
public enum Dimension
{
    Economic = 1,
    Social = 2,
    Psychosocial = 3,
}

/// <summary>Where an action works: for the person, in the community of return, or on public services and policy.</summary>
public enum InterventionLevel
{
    Individual = 1,
    Community = 2,
    Structural = 3,
}

/// <summary>
/// What a plan action is. Direct assistance carries an amount; a referral is delivered by a service of another
/// institution. New kinds (job placement, certification ...) get new numbers.
/// </summary>
public enum PlanActionKind
{
    CashGrant = 1,
    InKindGrant = 2,
    TrainingSeat = 3,
    MicroBusinessSupport = 4,
    Referral = 5,
}

public enum PlanActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

public enum PlanStatus
{
    Draft = 1,
    PendingApproval = 2,
    Agreed = 3,
}

/// <summary>How great the need is on one assessment item. Unknown: the person could not or would not answer.</summary>
public enum NeedLevel
{
    NoNeed = 1,
    Low = 2,
    Moderate = 3,
    High = 4,
    Unknown = 9,
}

/// <summary>
/// The needs-assessment items, by dimension (the hundreds digit), from DOMAIN.md and the RSS indicators
/// (research/standards.md §1.2). Stored as numbers.
/// </summary>
public enum AssessmentItem
{
    Work = 101,
    Income = 102,
    Debt = 103,
    Skills = 104,
    HousingCosts = 105,
    FoodSecurity = 106,
    IdentityDocuments = 201,
    Health = 202,
    Education = 203,
    HousingConditions = 204,
    AccessToServices = 205,
    Justice = 206,
    Wellbeing = 301,
    SupportNetwork = 302,
    CommunityBelonging = 303,
    Discrimination = 304,
    FamilyRelations = 305,
    Safety = 306,
    WishToRemigrate = 307,
}

/// <summary>When the person held an occupation: before leaving, while abroad, or one they want.</summary>
public enum OccupationPeriod
{
    BeforeMigration = 1,
    Abroad = 2,
    Wanted = 3,
}

/// <summary>Kinds of services (and so of institutions) a person may agree to share data with.</summary>
public enum ServiceCategory
{
    Health = 1,
    MentalHealthPsychosocial = 2,
    Education = 3,
    Employment = 4,
    VocationalTraining = 5,
    SkillsCertification = 6,
    Housing = 7,
    IdentityDocuments = 8,
    LegalAid = 9,
    ChildProtection = 10,
    MicroEnterpriseFinance = 11,
    SocialProtection = 12,
    Other = 30,
}

/// <summary>The parts of a person's record that may travel with a referral, as consented.</summary>
[Flags]
public enum SharedField
{
    None = 0,
    Name = 1 << 0,
    SexAndAge = 1 << 1,
    BirthDate = 1 << 2,
    Contact = 1 << 3,
    Place = 1 << 4,
    Languages = 1 << 5,
    Documents = 1 << 6,
    Needs = 1 << 7,
    Vulnerabilities = 1 << 8,
}

public enum ConsentGivenBy
{
    Person = 1,
    Proxy = 2,
}

/// <summary>Who consented for a child.</summary>
public enum ProxyRelationship
{
    Parent = 1,
    LegalGuardian = 2,
    OtherRelative = 3,
    ChildProtectionAuthority = 4,
    Other = 9,
}

public enum HouseholdRelationship
{
    Partner = 1,
    Child = 2,
    Parent = 3,
    Sibling = 4,
    OtherRelative = 5,
    Other = 9,
}

public enum ReferralStatus
{
    Sent = 1,
    Accepted = 2,
    Declined = 3,
    InProgress = 4,
    Completed = 5,
    Closed = 6,
    Withdrawn = 7,
}

public enum ReferralUrgency
{
    Routine = 1,
    Priority = 2,
    Urgent = 3,
}

public enum TransferStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
    Cancelled = 4,
}

public static class CaseVocabulary
{
    public static Dimension DimensionOf(this AssessmentItem item) => (Dimension)((int)item / 100);

    public static IReadOnlyList<AssessmentItem> Items(Dimension dimension) =>
        Enum.GetValues<AssessmentItem>().Where(i => i.DimensionOf() == dimension).ToList();

    public static bool IsDirectAssistance(this PlanActionKind kind) => kind != PlanActionKind.Referral;

    /// <summary>Grants and micro-business support always state their amount; a training seat may.</summary>
    public static bool RequiresAmount(this PlanActionKind kind) =>
        kind is PlanActionKind.CashGrant or PlanActionKind.InKindGrant or PlanActionKind.MicroBusinessSupport;

    public static bool IsOpen(this ReferralStatus status) => status is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InProgress;

    public static bool IsFinished(this PlanActionStatus status) => status is PlanActionStatus.Done or PlanActionStatus.Cancelled;

    /// <summary>Categories as a bit set (bit n for category number n), as consents store them.</summary>
    public static long ToMask(IEnumerable<ServiceCategory> categories) => categories.Aggregate(0L, (m, c) => m | (1L << (int)c));

    public static IReadOnlyList<ServiceCategory> FromMask(long mask) =>
        Enum.GetValues<ServiceCategory>().Where(c => (mask & (1L << (int)c)) != 0).ToList();
}
