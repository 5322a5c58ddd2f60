namespace Reintegra.JobMatching;

/// <summary>How well a person speaks a language (a vacancy asks for a minimum).</summary>
public enum LanguageLevel
{
    Basic = 1,
    Intermediate = 2,
    Fluent = 3,
    Native = 4,
}

/// <summary>How far a person is willing to move for a job.</summary>
public enum Mobility
{
    /// <summary>Only in their own municipality.</summary>
    None = 0,

    /// <summary>Anywhere in their department (admin-1).</summary>
    WithinDepartment = 1,

    /// <summary>Anywhere in the country.</summary>
    WithinCountry = 2,
}

/// <summary>A place by P-codes: municipality (admin-2, optional), department (admin-1) and country.</summary>
public sealed record JobPlace(string Country, string? Adm1, string? Adm2);

/// <summary>An occupation a person held (with years) or wants, as a four-digit ISCO-08 unit group.</summary>
public sealed record Experience(string IscoCode, int Years, bool Wanted = false);

public sealed record LanguageSkill(string Code, LanguageLevel Level);

/// <summary>What the engine knows of a returnee who agreed to be proposed to employers (nothing that names them).</summary>
public sealed record CandidateProfile(
    Guid Id,
    IReadOnlyList<Experience> Occupations,
    IReadOnlyCollection<string> Skills,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyCollection<string> CertifiedIscoCodes,
    JobPlace Place,
    Mobility Mobility,
    DateOnly AvailableFrom);

/// <summary>What the engine knows of a vacancy.</summary>
public sealed record VacancyProfile(
    Guid Id,
    string IscoCode,
    int MinYears,
    IReadOnlyCollection<string> Skills,
    LanguageSkill? Language,
    bool CertificationRequired,
    JobPlace Place,
    DateOnly StartBy);

public enum Factor
{
    Occupation = 1,
    Experience = 2,
    Skills = 3,
    Language = 4,
    Certification = 5,
    Place = 6,
    Availability = 7,
}

/// <summary>Why a factor scored what it did; the UI words it, with <see cref="Explanation.A"/> and <see cref="Explanation.B"/> as arguments.</summary>
public enum Reason
{
    SameUnitGroup = 1,
    SameMinorGroup = 2,
    SameSubMajorGroup = 3,
    SameMajorGroup = 4,
    /// <summary>A: years in a related occupation, B: years asked for.</summary>
    ExperienceEnough = 10,
    ExperienceShort = 11,
    NoExperience = 12,
    /// <summary>A: skills matched, B: skills asked for.</summary>
    SkillsMatched = 20,
    NoSkillsAsked = 21,
    LanguageMet = 30,
    LanguageOneLevelBelow = 31,
    LanguageMissing = 32,
    NoLanguageAsked = 33,
    CertificationHeld = 40,
    CertificationMissing = 41,
    NoCertificationAsked = 42,
    SameMunicipality = 50,
    SameDepartment = 51,
    SameCountryWillingToMove = 52,
    SameCountry = 53,
    OtherCountry = 54,
    AvailableInTime = 60,
    /// <summary>A: days later than the start date.</summary>
    AvailableLater = 61,
}

/// <summary>One line of "why it ranks there": the points a factor earned out of its maximum.</summary>
public readonly record struct Explanation(Factor Factor, Reason Reason, int Points, int Max, int A = 0, int B = 0);

/// <summary>A ranked result: the candidate or vacancy id, its score out of 100 and the explanation of every factor.</summary>
public sealed record Match(Guid Id, int Score, IReadOnlyList<Explanation> Why);
