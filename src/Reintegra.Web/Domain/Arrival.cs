namespace Reintegra.Web.Domain;

public enum ReturnMode
{
    Air = 1,
    Land = 2,
    Sea = 3,
}

public enum ArrivalStatus
{
    Announced = 1,
    Closed = 2,
}

/// <summary>A flight or a convoy of buses bringing returnees to a reception centre, often announced with a manifest.</summary>
public sealed class Arrival : IVersioned
{
    private Arrival()
    {
    }

    public Arrival(Guid institutionId, ArrivalDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        CreatedAt = now;
        Status = ArrivalStatus.Announced;
        Update(details);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public ReturnMode Mode { get; private set; }

    public DateTime ScheduledAt { get; private set; }

    public string PointOfEntry { get; private set; } = "";

    public string ReturnedFromCode { get; private set; } = "";

    public string? CarrierReference { get; private set; }

    public int? ExpectedCount { get; private set; }

    public ArrivalStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int Version { get; set; }

    public void Update(ArrivalDetails details)
    {
        Mode = details.Mode;
        ScheduledAt = details.ScheduledAt;
        PointOfEntry = details.PointOfEntry.Trim();
        ReturnedFromCode = details.ReturnedFromCode.ToUpperInvariant();
        CarrierReference = string.IsNullOrWhiteSpace(details.CarrierReference) ? null : details.CarrierReference.Trim();
        ExpectedCount = details.ExpectedCount;
    }

    public void EnsureOpen()
    {
        if (Status == ArrivalStatus.Closed)
        {
            throw new DomainException("Arrival.Closed");
        }
    }

    public void Close(DateTime now)
    {
        EnsureOpen();
        Status = ArrivalStatus.Closed;
        ClosedAt = now;
    }
}

public sealed record ArrivalDetails(
    ReturnMode Mode,
    DateTime ScheduledAt,
    string PointOfEntry,
    string ReturnedFromCode,
    string? CarrierReference,
    int? ExpectedCount);

public enum ManifestEntryStatus
{
    Expected = 1,
    Registered = 2,
    NotArrived = 3,
}

/// <summary>One expected person from an arrival's manifest, until reception registers them.</summary>
public sealed class ManifestEntry
{
    private ManifestEntry()
    {
    }

    public ManifestEntry(Guid arrivalId, int lineNumber, string rowKey, ManifestPerson person, DateTime importedAt)
    {
        Id = Guid.CreateVersion7();
        ArrivalId = arrivalId;
        LineNumber = lineNumber;
        RowKey = rowKey;
        GivenNames = person.GivenNames;
        FirstSurname = person.FirstSurname;
        SecondSurname = person.SecondSurname;
        Sex = person.Sex;
        BirthDate = person.Birth.Date;
        BirthYear = person.Birth.Year;
        BirthDatePrecision = person.Birth.Precision;
        NationalityCode = person.NationalityCode;
        DocumentType = person.DocumentType;
        DocumentNumber = person.DocumentNumber;
        Notes = person.Notes;
        SearchFullName = SearchKey.Name($"{FirstSurname} {SecondSurname} {GivenNames}");
        Status = ManifestEntryStatus.Expected;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    public Guid ArrivalId { get; private set; }

    public int LineNumber { get; private set; }

    /// <summary>A hash of the row's identifying fields: importing the same file again finds the row already there.</summary>
    public string RowKey { get; private set; } = "";

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

    public string? Notes { get; private set; }

    public string SearchFullName { get; private set; } = "";

    public ManifestEntryStatus Status { get; private set; }

    public Guid? ReturnEventId { get; private set; }

    public DateTime ImportedAt { get; private set; }

    public string DisplayName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public PersonBirth Birth => new(BirthDate, BirthYear, BirthDatePrecision);

    public void MarkRegistered(Guid returnEventId)
    {
        if (Status == ManifestEntryStatus.Registered)
        {
            throw new DomainException("Manifest.AlreadyRegistered");
        }
        Status = ManifestEntryStatus.Registered;
        ReturnEventId = returnEventId;
    }

    public void MarkNotArrived()
    {
        if (Status == ManifestEntryStatus.Expected)
        {
            Status = ManifestEntryStatus.NotArrived;
        }
    }
}

public sealed record ManifestPerson(
    string GivenNames,
    string FirstSurname,
    string? SecondSurname,
    Sex Sex,
    PersonBirth Birth,
    string NationalityCode,
    DocumentType? DocumentType,
    string? DocumentNumber,
    string? Notes);
