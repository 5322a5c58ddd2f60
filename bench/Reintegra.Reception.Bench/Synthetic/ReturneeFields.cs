using Reintegra.Synthetic;
using Reintegra.Web.Domain;
using DomainIdentity = Reintegra.Web.Domain.PersonIdentity;

namespace Reintegra.Reception.Bench.Synthetic;

/// <summary>A synthetic returnee's values in the application's terms: what an officer would pick in the form.</summary>
internal static class ReturneeFields
{
    private const int ChildProtectionAge = ReturnEvent.AdultAge;

    /// <summary>The instance serves Guatemala; its officers think in Guatemala's calendar day.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Guatemala");

    public const string ChildProtectionAuthority = "Procuraduría General de la Nación, Procuraduría de la Niñez y la Adolescencia";

    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));

    public static Sex Sex(Returnee r) => r.Sex == 'F' ? Web.Domain.Sex.Female : Web.Domain.Sex.Male;

    public static PersonBirth Birth(Returnee r, DateOnly arrivalDay) =>
        r.DateOfBirth is { } d ? PersonBirth.Exact(d)
        : r.BirthYear is { } y ? PersonBirth.YearOnly(y)
        : r.EstimatedAge is { } age ? PersonBirth.FromEstimatedAge(age, arrivalDay)
        : PersonBirth.Unknown;

    public static DomainIdentity Identity(Returnee r, DateOnly arrivalDay) =>
        new(r.GivenNames, r.FirstSurname, r.SecondSurname, Sex(r), Birth(r, arrivalDay), r.Nationality);

    /// <summary>Age on the arrival day as the application computes it (it decides who is a child).</summary>
    public static int? Age(PersonBirth birth, DateOnly arrivalDay) => PersonBirth.AgeOn(birth.Date, birth.Year, arrivalDay);

    public static bool IsChild(int? age) => age is < ChildProtectionAge;

    public static DocumentType DocumentType(string type) => type switch
    {
        "passport" => Web.Domain.DocumentType.Passport,
        "national_id" => Web.Domain.DocumentType.NationalId,
        "birth_certificate" => Web.Domain.DocumentType.BirthCertificate,
        "consular_id" => Web.Domain.DocumentType.ConsularId,
        _ => Web.Domain.DocumentType.Other,
    };

    public static ReturnMode Mode(string mode) => mode == "air" ? ReturnMode.Air : ReturnMode.Land;

    public static ReturnCategory Category(string category) => category switch
    {
        "voluntary" => ReturnCategory.Voluntary,
        "assisted_voluntary" => ReturnCategory.AssistedVoluntary,
        "spontaneous" => ReturnCategory.Spontaneous,
        _ => ReturnCategory.Forced,
    };

    public static Vulnerability Vulnerabilities(Returnee r)
    {
        var v = Vulnerability.None;
        foreach (var code in r.Vulnerabilities)
        {
            v |= code switch
            {
                VulnerabilityCodes.Pregnant => Vulnerability.PregnantWoman,
                VulnerabilityCodes.InfantCare => Vulnerability.WomanWithInfant,
                VulnerabilityCodes.Disability => Vulnerability.Disability,
                VulnerabilityCodes.ChronicIllness => Vulnerability.SeriousMedicalCondition,
                VulnerabilityCodes.MentalHealth => Vulnerability.MentalHealthCondition,
                VulnerabilityCodes.OlderPerson => Vulnerability.OlderPerson,
                VulnerabilityCodes.Indigenous => Vulnerability.Indigenous,
                VulnerabilityCodes.SingleParent => Vulnerability.SingleParent,
                _ => Vulnerability.None,
            };
        }
        return v;
    }

    /// <summary>Risk on return is a protection flag: it goes to the sensitive screening, not to the visible markers.</summary>
    public static SensitiveFlag SensitiveFlags(Returnee r) =>
        r.Vulnerabilities.Contains(VulnerabilityCodes.RiskOnReturn) ? SensitiveFlag.ProtectionRiskOnReturn : SensitiveFlag.None;

    /// <summary>
    /// The Washington Group short set, asked of everyone aged 5 or more; a person with a disability answers "a lot of
    /// difficulty" in one domain.
    /// </summary>
    public static WashingtonGroupAnswers WashingtonGroup(Returnee r, int? age)
    {
        if (age is null or < WashingtonGroupAnswers.MinimumAge)
        {
            return WashingtonGroupAnswers.None;
        }
        var walking = r.Vulnerabilities.Contains(VulnerabilityCodes.Disability) ? WgAnswer.ALotOfDifficulty : WgAnswer.NoDifficulty;
        return new(WgAnswer.NoDifficulty, WgAnswer.NoDifficulty, walking, WgAnswer.NoDifficulty, WgAnswer.NoDifficulty, WgAnswer.NoDifficulty);
    }

    /// <summary>Most people ask for a phone call and food; some need transport, a few medical care or papers (estimates).</summary>
    public static ImmediateNeed Needs(Returnee r)
    {
        var h = (ulong)r.RecordKey * 0x9E3779B97F4A7C15UL;
        var needs = ImmediateNeed.None;
        if ((h >> 8) % 100 < 70)
        {
            needs |= ImmediateNeed.PhoneCall;
        }
        if ((h >> 16) % 100 < 60)
        {
            needs |= ImmediateNeed.Food;
        }
        if ((h >> 24) % 100 < 40)
        {
            needs |= ImmediateNeed.Transport;
        }
        if ((h >> 32) % 100 < 5)
        {
            needs |= ImmediateNeed.Medical;
        }
        if (r.Documents.Count == 0)
        {
            needs |= ImmediateNeed.Documents;
        }
        return needs;
    }
}
