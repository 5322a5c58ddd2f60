namespace Reintegra.Web.Domain;

public enum AnnouncedStatus
{
    Announced = 1,
    Received = 2,
}

/// <summary>
/// An assisted return announced by the instance of the country the person returns from: the pre-registration the
/// reception centre prepares with and registers from when the person arrives. It holds only what the person's consent
/// allowed the other country to pass on, and belongs to the reception centre the peer's announcements are routed to.
/// </summary>
public sealed class AnnouncedReturn : IVersioned, IAudited
{
    private AnnouncedReturn()
    {
    }

    public AnnouncedReturn(string sourceCountry, Guid sourceRequestId, string reference, Guid receptionInstitutionId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        SourceCountry = sourceCountry;
        SourceRequestId = sourceRequestId;
        Reference = reference;
        ReceptionInstitutionId = receptionInstitutionId;
        AnnouncedAt = now;
        UpdatedAt = now;
        Status = AnnouncedStatus.Announced;
    }

    public Guid Id { get; private set; }

    /// <summary>The country the person returns from, whose instance sent the announcement.</summary>
    public string SourceCountry { get; private set; } = "";

    /// <summary>The request's id in the sending instance (the message back names it).</summary>
    public Guid SourceRequestId { get; private set; }

    public string Reference { get; private set; } = "";

    public Guid ReceptionInstitutionId { get; private set; }

    /// <summary>Set when the person is a child: the authority that was told in advance and sees the notice.</summary>
    public Guid? ChildProtectionInstitutionId { get; private set; }

    public string GivenNames { get; private set; } = "";

    public string FirstSurname { get; private set; } = "";

    public string? SecondSurname { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int? BirthYear { get; private set; }

    public string NationalityCode { get; private set; } = "";

    public DocumentType? DocumentType { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? DocumentCountry { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>ISO 639-3 codes, comma-separated.</summary>
    public string Languages { get; private set; } = "";

    public string? OriginAdm1 { get; private set; }

    public string? OriginAdm2 { get; private set; }

    public string DestinationAdm1 { get; private set; } = "";

    public string? DestinationAdm2 { get; private set; }

    public ChildStatus? ChildStatus { get; private set; }

    public ReturnMode Mode { get; private set; }

    public DateTime DepartureAt { get; private set; }

    public DateTime ExpectedArrivalAt { get; private set; }

    public string? Itinerary { get; private set; }

    public string? PointOfEntry { get; private set; }

    public bool EscortRequired { get; private set; }

    public string? EscortName { get; private set; }

    public string? EscortNeeds { get; private set; }

    public ConsentGiver ConsentGiver { get; private set; }

    public string? ConsentProxyName { get; private set; }

    public string? ConsentProxyRelationship { get; private set; }

    public ConsentShare ConsentShares { get; private set; }

    /// <summary>Null when the consent does not allow passing them on (not the same as "none").</summary>
    public Vulnerability? Vulnerabilities { get; private set; }

    public string? HealthNotes { get; private set; }

    /// <summary>Only with consent; seen only by protection roles, as at reception.</summary>
    public SensitiveFlag? SensitiveFlags { get; private set; }

    /// <summary>Relatives travelling with the person (JSON list of name, relationship, sex, birth).</summary>
    public string FamilyJson { get; private set; } = "[]";

    /// <summary>The request's steps in the other country (JSON), so the reintegration case can start from them.</summary>
    public string HistoryJson { get; private set; } = "[]";

    public string RequestedBy { get; private set; } = "";

    public string ProcessedBy { get; private set; } = "";

    public AnnouncedStatus Status { get; private set; }

    public DateTime AnnouncedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    public Guid? ReceivedByUserId { get; private set; }

    /// <summary>The reception record of the arrival: its link back to the request.</summary>
    public Guid? ReturnEventId { get; private set; }

    public Guid? PersonId { get; private set; }

    public int Version { get; set; }

    public string DisplayName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public int? AgeOn(DateOnly day) => PersonBirth.AgeOn(BirthDate, BirthYear, day);

    /// <summary>
    /// Takes the announcement (first, or again when the travel was re-arranged) while the person has not arrived.
    /// Whatever the sender put in, only what the consent allows is kept.
    /// </summary>
    public void Announce(Announcement a, Guid? childProtectionInstitutionId, DateTime now)
    {
        if (Status != AnnouncedStatus.Announced)
        {
            throw new DomainException("Handoff.AlreadyReceived");
        }
        (GivenNames, FirstSurname, SecondSurname, Sex, BirthDate, BirthYear, NationalityCode) =
            (a.GivenNames, a.FirstSurname, a.SecondSurname, a.Sex, a.BirthDate, a.BirthYear, a.NationalityCode);
        (DocumentType, DocumentNumber, DocumentCountry, Phone, Languages) = (a.DocumentType, a.DocumentNumber, a.DocumentCountry, a.Phone, a.Languages);
        (OriginAdm1, OriginAdm2, DestinationAdm1, DestinationAdm2, ChildStatus) = (a.OriginAdm1, a.OriginAdm2, a.DestinationAdm1, a.DestinationAdm2, a.ChildStatus);
        (Mode, DepartureAt, ExpectedArrivalAt, Itinerary, PointOfEntry) = (a.Mode, a.DepartureAt, a.ExpectedArrivalAt, a.Itinerary, a.PointOfEntry);
        (EscortRequired, EscortName, EscortNeeds) = (a.EscortRequired, a.EscortName, a.EscortNeeds);
        (ConsentGiver, ConsentProxyName, ConsentProxyRelationship, ConsentShares) = (a.ConsentGiver, a.ConsentProxyName, a.ConsentProxyRelationship, a.ConsentShares);
        Vulnerabilities = (a.ConsentShares & ConsentShare.Vulnerabilities) != 0 ? a.Vulnerabilities ?? Vulnerability.None : null;
        HealthNotes = (a.ConsentShares & ConsentShare.HealthDetails) != 0 ? a.HealthNotes : null;
        SensitiveFlags = (a.ConsentShares & ConsentShare.ProtectionFlags) != 0 ? a.SensitiveFlags ?? SensitiveFlag.None : null;
        (FamilyJson, HistoryJson, RequestedBy, ProcessedBy) = (a.FamilyJson, a.HistoryJson, a.RequestedBy, a.ProcessedBy);
        ChildProtectionInstitutionId = AgeOn(DateOnly.FromDateTime(a.ExpectedArrivalAt)) is < AvrRequest.AdultAge ? childProtectionInstitutionId : null;
        UpdatedAt = now;
    }

    public void MarkReceived(Guid returnEventId, Guid personId, Guid byUserId, DateTime now)
    {
        if (Status != AnnouncedStatus.Announced)
        {
            throw new DomainException("Handoff.AlreadyReceived");
        }
        Status = AnnouncedStatus.Received;
        ReceivedAt = now;
        ReceivedByUserId = byUserId;
        ReturnEventId = returnEventId;
        PersonId = personId;
        UpdatedAt = now;
    }
}

/// <summary>What an announcement carries, already checked.</summary>
public sealed record Announcement(
    string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate, int? BirthYear, string NationalityCode,
    DocumentType? DocumentType, string? DocumentNumber, string? DocumentCountry, string? Phone, string Languages,
    string? OriginAdm1, string? OriginAdm2, string DestinationAdm1, string? DestinationAdm2, ChildStatus? ChildStatus,
    ReturnMode Mode, DateTime DepartureAt, DateTime ExpectedArrivalAt, string? Itinerary, string? PointOfEntry,
    bool EscortRequired, string? EscortName, string? EscortNeeds,
    ConsentGiver ConsentGiver, string? ConsentProxyName, string? ConsentProxyRelationship, ConsentShare ConsentShares,
    Vulnerability? Vulnerabilities, string? HealthNotes, SensitiveFlag? SensitiveFlags,
    string FamilyJson, string HistoryJson, string RequestedBy, string ProcessedBy);
