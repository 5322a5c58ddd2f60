namespace Reintegra.Synthetic;

/// <summary>What belongs to one return rather than to the person: where, when, how, and with whom.</summary>
internal sealed record ReturnEvent(
    string ArrivalKey,
    DateTime ArrivalUtc,
    string Mode,
    string ReturnedFrom,
    string? FamilyGroupKey = null,
    long? AccompanyingAdultKey = null,
    string? ChildStatus = null,
    bool SingleParent = false,
    bool CaresForInfant = false);
