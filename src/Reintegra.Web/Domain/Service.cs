namespace Reintegra.Web.Domain;

/// <summary>What a directory entry says, as a form, the API or a CSV row states it.</summary>
public sealed record ServiceDetails(
    Guid InstitutionId,
    string Name,
    ServiceCategory Category,
    string? Description,
    IReadOnlyCollection<string> PCodes,
    int? MinAge,
    int? MaxAge,
    Sex? Sex,
    Vulnerability Vulnerabilities,
    IReadOnlyCollection<string> Languages,
    string? Phone,
    string? Email,
    string? Address,
    int? Capacity,
    bool IsActive);

/// <summary>
/// A service of the directory: who provides it, what kind it is, where (P-codes; none means the whole country),
/// for whom (age, sex, vulnerability) and in which languages. Referrals go to services; the provider institution's
/// users receive them. No personal data lives here.
/// </summary>
public sealed class Service : IVersioned
{
    private readonly List<ServiceArea> _areas = [];

    private Service()
    {
    }

    public Service(ServiceDetails details, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Update(details, now);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public string Name { get; private set; } = "";

    public string SearchName { get; private set; } = "";

    public ServiceCategory Category { get; private set; }

    public string? Description { get; private set; }

    public int? MinAge { get; private set; }

    public int? MaxAge { get; private set; }

    public Sex? Sex { get; private set; }

    /// <summary>Only people with one of these vulnerabilities are eligible; none means everyone.</summary>
    public Vulnerability Vulnerabilities { get; private set; }

    /// <summary>ISO 639-3 codes, comma-separated.</summary>
    public string Languages { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Address { get; private set; }

    /// <summary>How many referrals it can have accepted or in progress at once; null when not stated.</summary>
    public int? Capacity { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyCollection<ServiceArea> Areas => _areas.AsReadOnly();

    public IReadOnlyList<string> LanguageCodes => Languages.Length == 0 ? [] : Languages.Split(',');

    public void Update(ServiceDetails d, DateTime now)
    {
        if (d.MinAge is not null && d.MaxAge is not null && d.MinAge > d.MaxAge)
        {
            throw new DomainException("Service.AgeRange");
        }
        InstitutionId = d.InstitutionId;
        Name = d.Name.Trim();
        SearchName = SearchKey.Name(d.Name);
        Category = d.Category;
        Description = Clean(d.Description);
        MinAge = d.MinAge;
        MaxAge = d.MaxAge;
        Sex = d.Sex;
        Vulnerabilities = d.Vulnerabilities;
        Languages = string.Join(',', d.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct());
        Phone = Clean(d.Phone);
        Email = Clean(d.Email);
        Address = Clean(d.Address);
        Capacity = d.Capacity;
        IsActive = d.IsActive;
        UpdatedAt = now;
        var wanted = d.PCodes.Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length > 0).Distinct().ToList();
        _areas.RemoveAll(a => !wanted.Contains(a.PCode));
        foreach (var p in wanted.Where(p => _areas.All(a => a.PCode != p)))
        {
            _areas.Add(new ServiceArea(Id, p));
        }
    }

    /// <summary>
    /// Why a person is not eligible, or null when they are (or when what is unknown about them cannot rule them out).
    /// </summary>
    public string? Ineligibility(int? age, Sex? sex, Vulnerability vulnerabilities)
    {
        if (age is { } a && (a < MinAge || a > MaxAge))
        {
            return "Age";
        }
        if (Sex is { } s && sex is { } ps && s != ps)
        {
            return "Sex";
        }
        if (Vulnerabilities != Vulnerability.None && (Vulnerabilities & vulnerabilities) == Vulnerability.None)
        {
            return "Vulnerability";
        }
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A place a service covers: an admin-1 or admin-2 P-code.</summary>
public sealed class ServiceArea
{
    private ServiceArea()
    {
    }

    internal ServiceArea(Guid serviceId, string pcode)
    {
        ServiceId = serviceId;
        PCode = pcode;
    }

    public Guid ServiceId { get; private set; }

    public string PCode { get; private set; } = "";
}
