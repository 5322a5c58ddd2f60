namespace Reintegra.Synthetic;

/// <summary>
/// One return event of one person, as a reception officer would record it, plus the ground truth
/// (<see cref="PersonKey"/>, <see cref="Variations"/>, <see cref="LookAlike"/>) that a matcher must never see.
/// </summary>
public sealed record Returnee
{
    /// <summary>Unique per record within one generator run.</summary>
    public required long RecordKey { get; init; }

    /// <summary>Ground truth: the same person always has the same key, however the record spells them.</summary>
    public required long PersonKey { get; init; }

    public required string GivenNames { get; init; }
    public required string FirstSurname { get; init; }
    public string? SecondSurname { get; init; }

    /// <summary>'F' or 'M'.</summary>
    public required char Sex { get; init; }

    /// <summary>Full date of birth when the record has one; the next two fields hold what a partial record has instead.</summary>
    public DateOnly? DateOfBirth { get; init; }
    public int? BirthYear { get; init; }
    public int? EstimatedAge { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Nationality { get; init; }
    public required IReadOnlyList<IdentityDocument> Documents { get; init; }

    /// <summary>Admin-1 and admin-2 P-codes from <c>Reintegra.Reference.Places</c>.</summary>
    public required string OriginAdmin1 { get; init; }
    public required string OriginAdmin2 { get; init; }

    /// <summary>National format, e.g. "5123-4567".</summary>
    public string? Phone { get; init; }

    /// <summary>ISO 639-3 codes as in <c>Reintegra.Reference.Languages</c>, main language first.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required string ArrivalKey { get; init; }
    public required DateTime ArrivalUtc { get; init; }

    /// <summary>"air" or "land".</summary>
    public required string Mode { get; init; }

    /// <summary>ISO alpha-2 of the country the person was returned from.</summary>
    public required string ReturnedFrom { get; init; }

    /// <summary>"forced", "voluntary", "assisted_voluntary" or "spontaneous".</summary>
    public required string ReturnCategory { get; init; }

    public int? MonthsAbroad { get; init; }

    /// <summary>Shared by the members of a family travelling together in this arrival.</summary>
    public string? FamilyGroupKey { get; init; }

    /// <summary>For a child: the <see cref="PersonKey"/> of the adult travelling with them in the same arrival.</summary>
    public long? AccompanyingAdultKey { get; init; }

    /// <summary>"accompanied", "unaccompanied", "separated", or null for adults.</summary>
    public string? ChildStatus { get; init; }

    /// <summary>Codes from <see cref="VulnerabilityCodes"/>.</summary>
    public required IReadOnlyList<string> Vulnerabilities { get; init; }

    /// <summary>True when the person had returned before in this generator's stream (or is a re-registration).</summary>
    public bool IsRepeatReturn { get; init; }

    /// <summary>Ground truth: how this record departs from the person's canonical identity.</summary>
    public RecordVariations Variations { get; init; }

    /// <summary>Ground truth for hard non-matches: how this (different) person resembles <see cref="LookAlikeOf"/>.</summary>
    public LookAlike LookAlike { get; init; }
    public long? LookAlikeOf { get; init; }

    /// <summary>Age in whole years at <paramref name="on"/>, from whatever the record holds.</summary>
    public int? AgeAt(DateOnly on) =>
        DateOfBirth is { } dob ? Age.Years(dob, on)
        : BirthYear is { } year ? on.Year - year
        : EstimatedAge;
}

/// <summary>Type is "passport", "national_id", "birth_certificate" or "consular_id".</summary>
public sealed record IdentityDocument(string Type, string Number, string IssuingCountry);

/// <summary>A flight or a bus convoy, announced with its manifest.</summary>
public sealed record Arrival(
    string ArrivalKey,
    string Country,
    string Mode,
    string ReturnedFrom,
    DateTime ArrivalUtc,
    string DeparturePlace,
    string ReceptionPoint,
    IReadOnlyList<Returnee> Returnees);

public static class VulnerabilityCodes
{
    public const string Pregnant = "pregnant";
    public const string InfantCare = "infant_care";
    public const string Disability = "disability";
    public const string ChronicIllness = "chronic_illness";
    public const string MentalHealth = "mental_health";
    public const string OlderPerson = "older_person";
    public const string Indigenous = "indigenous";
    public const string SingleParent = "single_parent";
    public const string RiskOnReturn = "risk_on_return";

    public static IReadOnlyList<string> All { get; } =
        [Pregnant, InfantCare, Disability, ChronicIllness, MentalHealth, OlderPerson, Indigenous, SingleParent, RiskOnReturn];
}

[Flags]
public enum RecordVariations
{
    None = 0,
    AccentsDropped = 1 << 0,
    Typo = 1 << 1,
    PhoneticSpelling = 1 << 2,
    SecondSurnameMissing = 1 << 3,
    SurnamesSwapped = 1 << 4,
    GivenNameShortened = 1 << 5,
    Nickname = 1 << 6,
    MarriedName = 1 << 7,
    SurnamesJoined = 1 << 8,
    DateDayMonthSwapped = 1 << 9,
    DateYearOnly = 1 << 10,
    DateAgeOnly = 1 << 11,
    DateDefaultedToJanuaryFirst = 1 << 12,
    NewDocument = 1 << 13,
    NoDocument = 1 << 14,
}

public enum LookAlike
{
    None,
    /// <summary>Same surnames and municipality, different given names and date of birth.</summary>
    Sibling,
    /// <summary>Same surnames, municipality and date of birth, different given names.</summary>
    Twin,
    /// <summary>Same given names and surnames, different date of birth (and usually origin).</summary>
    Namesake,
}
