namespace Reintegra.Web.Domain;

public enum Sex
{
    Female = 1,
    Male = 2,
    Other = 3,
}

/// <summary>How much of the date of birth is known. At reception it is often partial.</summary>
public enum BirthDatePrecision
{
    Exact = 1,
    YearOnly = 2,
    Estimated = 3,
}

/// <summary>
/// A returned migrant in the national registry. The identity is shared by the instance (so a repeat return
/// is recognised wherever it happens); what each institution records about the person is scoped to it.
/// </summary>
public sealed class Person : IVersioned
{
    private readonly List<PersonDocument> _documents = [];

    private Person()
    {
    }

    public Person(PersonIdentity identity, Guid institutionId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedByInstitutionId = institutionId;
        CreatedAt = now;
        UpdatedAt = now;
        SetIdentity(identity);
    }

    public Guid Id { get; private set; }

    public string GivenNames { get; private set; } = "";

    public string FirstSurname { get; private set; } = "";

    public string? SecondSurname { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    /// <summary>Known or estimated year of birth; set whenever any date information exists.</summary>
    public int? BirthYear { get; private set; }

    public BirthDatePrecision? BirthDatePrecision { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string NationalityCode { get; private set; } = "";

    public string? OriginAdm1 { get; private set; }

    public string? OriginAdm2 { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>ISO 639-3 codes, comma-separated.</summary>
    public string Languages { get; private set; } = "";

    public string SearchSurnames { get; private set; } = "";

    public string SearchGivenNames { get; private set; } = "";

    public string SearchFullName { get; private set; } = "";

    public Guid CreatedByInstitutionId { get; private set; }

    /// <summary>Set when a person confirmed this record to be a duplicate of another: the other one is kept.</summary>
    public Guid? MergedIntoPersonId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public IReadOnlyCollection<PersonDocument> Documents => _documents.AsReadOnly();

    public string DisplayName => string.Join(' ', new[] { GivenNames, FirstSurname, SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public void MergeInto(Guid keptPersonId)
    {
        if (keptPersonId == Id)
        {
            throw new DomainException("Identity.MergeIntoItself");
        }
        if (MergedIntoPersonId is not null)
        {
            throw new DomainException("Identity.AlreadyMerged");
        }
        MergedIntoPersonId = keptPersonId;
    }

    public void Unmerge() => MergedIntoPersonId = null;

    public void SetIdentity(PersonIdentity identity)
    {
        GivenNames = identity.GivenNames.Trim();
        FirstSurname = identity.FirstSurname.Trim();
        SecondSurname = string.IsNullOrWhiteSpace(identity.SecondSurname) ? null : identity.SecondSurname.Trim();
        Sex = identity.Sex;
        BirthDate = identity.Birth.Date;
        BirthYear = identity.Birth.Year;
        BirthDatePrecision = identity.Birth.Precision;
        NationalityCode = identity.NationalityCode.ToUpperInvariant();
        SearchGivenNames = SearchKey.Name(GivenNames);
        SearchSurnames = SearchKey.Name(FirstSurname + " " + SecondSurname);
        SearchFullName = (SearchSurnames + " " + SearchGivenNames).Trim();
    }

    public void SetContact(string? originAdm1, string? originAdm2, string? phone, IEnumerable<string> languages)
    {
        OriginAdm1 = originAdm1;
        OriginAdm2 = originAdm2;
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Languages = string.Join(',', languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct());
    }

    /// <summary>Adds a document unless the person already has one of the same type and number.</summary>
    public bool AddDocument(DocumentType type, string number, string issuingCountry)
    {
        var key = SearchKey.Document(number);
        if (_documents.Any(d => d.Type == type && d.NumberKey == key))
        {
            return false;
        }
        _documents.Add(new PersonDocument(Id, type, number.Trim(), issuingCountry.ToUpperInvariant()));
        return true;
    }

    public void RemoveDocument(PersonDocument document) => _documents.Remove(document);

    /// <summary>Age in whole years on a given day, from the date of birth or, failing that, the year.</summary>
    public int? AgeOn(DateOnly day) => PersonBirth.AgeOn(BirthDate, BirthYear, day);

    public IReadOnlyList<string> LanguageCodes => Languages.Length == 0 ? [] : Languages.Split(',');
}

/// <summary>The identifying fields of a person, as captured by a form, a manifest row or the API.</summary>
public sealed record PersonIdentity(
    string GivenNames,
    string FirstSurname,
    string? SecondSurname,
    Sex Sex,
    PersonBirth Birth,
    string NationalityCode);

/// <summary>A date of birth that may be exact, only a year, or estimated from a stated age.</summary>
public sealed record PersonBirth(DateOnly? Date, int? Year, BirthDatePrecision? Precision)
{
    public static PersonBirth Unknown { get; } = new(null, null, null);

    public static PersonBirth Exact(DateOnly date) => new(date, date.Year, BirthDatePrecision.Exact);

    public static PersonBirth YearOnly(int year) => new(null, year, BirthDatePrecision.YearOnly);

    public static PersonBirth FromEstimatedAge(int age, DateOnly on) => new(null, on.Year - age, BirthDatePrecision.Estimated);

    public static int? AgeOn(DateOnly? date, int? year, DateOnly day)
    {
        if (date is { } d)
        {
            var age = day.Year - d.Year;
            if (day < d.AddYears(age))
            {
                age--;
            }
            return age;
        }
        // With only a year, assume mid-year: the error is at most six months either way.
        return year is { } y ? (day.DayOfYear >= 183 ? day.Year - y : day.Year - y - 1) : null;
    }
}

public enum DocumentType
{
    Passport = 1,
    NationalId = 2,
    BirthCertificate = 3,
    ConsularId = 4,
    Other = 9,
}

public sealed class PersonDocument : IPersonRecord
{
    private PersonDocument()
    {
    }

    internal PersonDocument(Guid personId, DocumentType type, string number, string issuingCountry)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Type = type;
        Number = number;
        NumberKey = SearchKey.Document(number);
        IssuingCountry = issuingCountry;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public DocumentType Type { get; private set; }

    public string Number { get; private set; } = "";

    public string NumberKey { get; private set; } = "";

    public string IssuingCountry { get; private set; } = "";
}

/// <summary>
/// Which institutions hold records about a person. A person is visible to a user only through such a link:
/// the institution registered one of the person's returns (or, later, holds their case).
/// </summary>
public sealed class PersonInstitution
{
    private PersonInstitution()
    {
    }

    public PersonInstitution(Guid personId, Guid institutionId, DateTime since)
    {
        PersonId = personId;
        InstitutionId = institutionId;
        Since = since;
    }

    public Guid PersonId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public DateTime Since { get; private set; }
}
