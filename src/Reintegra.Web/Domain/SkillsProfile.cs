using Reintegra.JobMatching;

namespace Reintegra.Web.Domain;

/// <summary>
/// What a returnee can do and wants, kept with their case: occupations before and during migration (ISCO-08 unit
/// groups, with years), skills, languages, education, certificates and work preferences. One per case; every
/// change is audited against the person. It is used for matching only while the case's current consent says the
/// person agreed to be proposed to employers (checked where profiles are read for matching, so a withdrawal takes
/// effect at once).
/// </summary>
public sealed class SkillsProfile : IPersonRecord, IVersioned
{
    public const int MaxOccupations = 10;
    public const int MaxSkills = 30;
    public const int MaxLanguages = 8;
    public const int MaxCertificates = 10;

    private SkillsProfile()
    {
    }

    public SkillsProfile(Guid caseId, Guid personId, Guid institutionId, DateOnly? adultOn)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PersonId = personId;
        InstitutionId = institutionId;
        AdultOn = adultOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The institution holding the case (profiles are scoped through it).</summary>
    public Guid InstitutionId { get; private set; }

    /// <summary>The day the person turns 18 (null when the birth date is unknown): before it, never proposed to employers.</summary>
    public DateOnly? AdultOn { get; private set; }

    public List<ProfileOccupation> Occupations { get; private set; } = [];

    /// <summary>Skills, one per line (kept as text so both database engines store it alike).</summary>
    public string SkillList { get; private set; } = "";

    public List<ProfileLanguage> Languages { get; private set; } = [];

    public EducationLevel Education { get; private set; }

    public List<ProfileCertificate> Certificates { get; private set; } = [];

    /// <summary>ISCO-08 major group (one digit) of the sector the person prefers, if any.</summary>
    public string? PreferredSector { get; private set; }

    public string CountryCode { get; private set; } = "";

    /// <summary>Where the person wants to work (usually where they live): department and, if known, municipality.</summary>
    public string Adm1PCode { get; private set; } = "";

    public string? Adm2PCode { get; private set; }

    public Mobility Mobility { get; private set; }

    public DateOnly AvailableFrom { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid UpdatedByUserId { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<string> Skills => SkillList.Length == 0 ? [] : SkillList.Split('\n');

    public void Update(SkillsProfileData data, Guid by, DateTime now)
    {
        if (data.Occupations.Count > MaxOccupations || data.Skills.Count > MaxSkills || data.Languages.Count > MaxLanguages || data.Certificates.Count > MaxCertificates)
        {
            throw new DomainException("Employment.ProfileTooLong");
        }
        Occupations = data.Occupations.Select(o => new ProfileOccupation { IscoCode = o.IscoCode, Period = o.Period, Years = o.Period == OccupationPeriod.Wanted ? null : o.Years }).ToList();
        SkillList = string.Join('\n', data.Skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        Languages = data.Languages.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ProfileLanguage { Code = g.Key.ToLowerInvariant(), Level = g.Max(l => l.Level) }).ToList();
        Education = data.Education;
        Certificates = data.Certificates.Select(c => new ProfileCertificate { Name = c.Name.Trim(), IscoCode = c.IscoCode, Issuer = c.Issuer?.Trim(), Year = c.Year }).ToList();
        PreferredSector = data.PreferredSector;
        CountryCode = data.CountryCode;
        Adm1PCode = data.Adm1PCode;
        Adm2PCode = data.Adm2PCode;
        Mobility = data.Mobility;
        AvailableFrom = data.AvailableFrom;
        UpdatedAt = now;
        UpdatedByUserId = by;
    }

    /// <summary>Whether the person may be proposed to employers on <paramref name="today"/> as far as age goes.</summary>
    public bool IsAdultOn(DateOnly today) => AdultOn is null || AdultOn <= today;

    /// <summary>The engine's view of the profile: no name, no contact, nothing that identifies the person.</summary>
    public CandidateProfile ToCandidate() => new(
        Id,
        Occupations.Select(o => new Experience(o.IscoCode, o.Years ?? 0, o.Period == OccupationPeriod.Wanted)).ToList(),
        Skills,
        Languages.Select(l => new LanguageSkill(l.Code, l.Level)).ToList(),
        Certificates.Where(c => c.IscoCode is not null).Select(c => c.IscoCode!).ToList(),
        new JobPlace(CountryCode, Adm1PCode, Adm2PCode),
        Mobility,
        AvailableFrom);
}

public sealed record SkillsProfileData(
    IReadOnlyList<ProfileOccupation> Occupations,
    IReadOnlyList<string> Skills,
    IReadOnlyList<ProfileLanguage> Languages,
    EducationLevel Education,
    IReadOnlyList<ProfileCertificate> Certificates,
    string? PreferredSector,
    string CountryCode,
    string Adm1PCode,
    string? Adm2PCode,
    Mobility Mobility,
    DateOnly AvailableFrom);

public sealed class ProfileOccupation
{
    /// <summary>Four-digit ISCO-08 unit group.</summary>
    public string IscoCode { get; set; } = "";

    public OccupationPeriod Period { get; set; }

    public int? Years { get; set; }
}

public sealed class ProfileLanguage
{
    /// <summary>ISO 639-3 code.</summary>
    public string Code { get; set; } = "";

    public LanguageLevel Level { get; set; }
}

public sealed class ProfileCertificate
{
    public string Name { get; set; } = "";

    /// <summary>The ISCO-08 unit group the certificate is for, when it certifies an occupation.</summary>
    public string? IscoCode { get; set; }

    public string? Issuer { get; set; }

    public int? Year { get; set; }
}
