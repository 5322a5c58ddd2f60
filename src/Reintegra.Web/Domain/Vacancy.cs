using Reintegra.JobMatching;

namespace Reintegra.Web.Domain;

/// <summary>
/// A job an employer institution offers: the occupation (ISCO-08 unit group), where, what it asks for, how many
/// places, the wage range and until when it takes candidates. Only the employer that published it changes it.
/// </summary>
public sealed class Vacancy : IVersioned
{
    private Vacancy()
    {
    }

    public Vacancy(Guid employerId, VacancyData data, Guid by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        EmployerId = employerId;
        CreatedByUserId = by;
        CreatedAt = now;
        Status = VacancyStatus.Open;
        Apply(data);
    }

    public Guid Id { get; private set; }

    /// <summary>The employer institution.</summary>
    public Guid EmployerId { get; private set; }

    public string Title { get; private set; } = "";

    public string IscoCode { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string Adm1PCode { get; private set; } = "";

    public string? Adm2PCode { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Skills asked for, one per line.</summary>
    public string SkillList { get; private set; } = "";

    public int MinYears { get; private set; }

    public string? LanguageCode { get; private set; }

    public LanguageLevel? LanguageLevel { get; private set; }

    public bool CertificationRequired { get; private set; }

    public int Places { get; private set; }

    public decimal? WageMin { get; private set; }

    public decimal? WageMax { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly ClosingOn { get; private set; }

    public VacancyStatus Status { get; private set; }

    /// <summary>People hired through the platform so far.</summary>
    public int Hired { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<string> Skills => SkillList.Length == 0 ? [] : SkillList.Split('\n');

    public bool IsOpenOn(DateOnly today) => Status == VacancyStatus.Open && ClosingOn >= today && Hired < Places;

    public void Close(DateTime now)
    {
        if (Status == VacancyStatus.Closed)
        {
            throw new DomainException("Employment.VacancyClosed");
        }
        Status = VacancyStatus.Closed;
        ClosedAt = now;
    }

    internal void CountHire()
    {
        if (Hired >= Places)
        {
            throw new DomainException("Employment.VacancyFull", Places);
        }
        Hired++;
    }

    public VacancyProfile ToProfile() => new(
        Id, IscoCode, MinYears, Skills,
        LanguageCode is not null && LanguageLevel is { } level ? new LanguageSkill(LanguageCode, level) : null,
        CertificationRequired, new JobPlace(CountryCode, Adm1PCode, Adm2PCode), StartOn);

    private void Apply(VacancyData d)
    {
        Title = d.Title.Trim();
        IscoCode = d.IscoCode;
        CountryCode = d.CountryCode;
        Adm1PCode = d.Adm1PCode;
        Adm2PCode = d.Adm2PCode;
        Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
        SkillList = string.Join('\n', d.Skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        MinYears = d.MinYears;
        LanguageCode = d.LanguageCode?.ToLowerInvariant();
        LanguageLevel = d.LanguageCode is null ? null : d.LanguageLevel;
        CertificationRequired = d.CertificationRequired;
        Places = d.Places;
        WageMin = d.WageMin;
        WageMax = d.WageMax;
        StartOn = d.StartOn;
        ClosingOn = d.ClosingOn;
    }
}

public sealed record VacancyData(
    string Title,
    string IscoCode,
    string CountryCode,
    string Adm1PCode,
    string? Adm2PCode,
    string? Description,
    IReadOnlyList<string> Skills,
    int MinYears,
    string? LanguageCode,
    LanguageLevel? LanguageLevel,
    bool CertificationRequired,
    int Places,
    decimal? WageMin,
    decimal? WageMax,
    DateOnly StartOn,
    DateOnly ClosingOn);
