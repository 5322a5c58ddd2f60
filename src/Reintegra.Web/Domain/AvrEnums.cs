namespace Reintegra.Web.Domain;

/// <summary>Where an assisted-voluntary-return request stands (DOMAIN.md, "Assisted voluntary return").</summary>
public enum AvrStatus
{
    Draft = 1,
    Submitted = 2,
    EligibilityChecked = 3,
    Approved = 4,
    Rejected = 5,
    TravelArranged = 6,
    Travelled = 7,
    Received = 8,
    Closed = 9,
    Cancelled = 10,
}

/// <summary>Who gave the consent to return: the person, or a proxy for a child (parent, guardian, child-protection authority).</summary>
public enum ConsentGiver
{
    Person = 1,
    Proxy = 2,
}

/// <summary>
/// What the person agreed may be passed to the reception centre of the country of return. Identity and travel are
/// always passed (the return cannot happen without them); anything about their vulnerability only with consent.
/// </summary>
[Flags]
public enum ConsentShare
{
    None = 0,
    Vulnerabilities = 1 << 0,
    HealthDetails = 1 << 1,
    ProtectionFlags = 1 << 2,
}

/// <summary>
/// The groups a fund may finance. The CRM Reserve Fund finances unaccompanied children and adolescents, persons with
/// disabilities, persons over seventy and persons with physical or mental injuries or illness.
/// </summary>
[Flags]
public enum EligibleGroup
{
    None = 0,
    UnaccompaniedChild = 1 << 0,
    Disability = 1 << 1,
    OlderPerson = 1 << 2,
    InjuryOrIllness = 1 << 3,
}

public enum FundKind
{
    CrmReserveFund = 1,
    IomFund = 2,
    NationalFund = 3,
}

public enum FamilyRelationship
{
    Spouse = 1,
    Child = 2,
    Parent = 3,
    Sibling = 4,
    Grandparent = 5,
    OtherRelative = 9,
}

public enum LedgerEntryKind
{
    /// <summary>Money set aside for an approved request.</summary>
    Commitment = 1,

    /// <summary>What was left of a commitment, given back to the budget (cancelled or closed request).</summary>
    Release = 2,

    /// <summary>Money actually paid (tickets, escort, per diem, medical).</summary>
    Spending = 3,
}
