namespace Reintegra.Web.Domain;

public enum InstitutionKind
{
    ReceptionCentre = 1,
    Ministry = 2,
    MunicipalOffice = 3,
    ChildProtectionAuthority = 4,
    ServiceProvider = 5,
    Ngo = 6,
    Consulate = 7,
    InternationalOrganisation = 8,
    Employer = 9,
    StatisticsOffice = 10,
}

public sealed class Institution : IVersioned
{
    private Institution()
    {
    }

    public Institution(string name, InstitutionKind kind, string countryCode, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
        CreatedAt = createdAt;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public InstitutionKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of the country the institution works in.</summary>
    public string CountryCode { get; private set; } = "";

    public string? Adm1PCode { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Version { get; set; }

    public void Update(string name, InstitutionKind kind, string countryCode, string? adm1PCode, bool isActive)
    {
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
        Adm1PCode = adm1PCode;
        IsActive = isActive;
    }
}
