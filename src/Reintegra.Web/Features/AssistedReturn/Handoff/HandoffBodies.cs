using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>What an announcement carries: the pre-registration and only the vulnerability information the consent allows.</summary>
public sealed record AnnounceBody(
    Guid RequestId, string Reference, string RequestedBy, string ProcessedBy,
    string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate, int? BirthYear, string Nationality,
    DocumentType? DocumentType, string? DocumentNumber, string? DocumentCountry, string? Phone, IReadOnlyList<string> Languages,
    string? OriginAdm1, string? OriginAdm2, string DestinationAdm1, string? DestinationAdm2, ChildStatus? ChildStatus,
    ReturnMode Mode, DateTime DepartureAt, DateTime ExpectedArrivalAt, string? Itinerary, string? PointOfEntry,
    bool EscortRequired, string? EscortName, string? EscortNeeds,
    ConsentGiver ConsentGiver, string? ConsentProxyName, string? ConsentProxyRelationship, ConsentShare ConsentShares,
    Vulnerability? Vulnerabilities, string? HealthNotes, SensitiveFlag? SensitiveFlags,
    IReadOnlyList<AnnouncedFamilyMember> Family, IReadOnlyList<AnnouncedStep> History);

public sealed record AnnouncedFamilyMember(string Name, Sex Sex, DateOnly? BirthDate, int? BirthYear, FamilyRelationship Relationship);

/// <summary>One step of the request in the sending country, without user ids (they mean nothing in the other instance).</summary>
public sealed record AnnouncedStep(AvrAction Action, AvrStatus Status, DateTime At, string? Institution);

/// <summary>The message back: reception in the country of return registered the person.</summary>
public sealed record ReceivedBody(Guid RequestId, string Reference, DateTime ReceivedAt, string ReceivedBy);
