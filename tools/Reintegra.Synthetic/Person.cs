namespace Reintegra.Synthetic;

/// <summary>The canonical identity of a synthetic person: what every record of them is a (possibly garbled) copy of.</summary>
internal sealed class Person
{
    public required long Key { get; init; }
    public required CountryProfile Country { get; init; }
    public required string[] GivenParts { get; init; }
    public required string FirstSurname { get; init; }
    public required string? SecondSurname { get; init; }
    public required char Sex { get; init; }
    public required DateOnly DateOfBirth { get; init; }
    public required string Nationality { get; init; }
    public required string Admin1 { get; init; }
    public required string Admin2 { get; init; }
    public required bool Indigenous { get; init; }
    public required string[] Languages { get; init; }
    public required string? NationalId { get; init; }
    public required string? BirthCertificate { get; init; }
    public required string Passport { get; init; }
    public required string? ConsularId { get; init; }
    public required string? Phone { get; init; }
    public required bool Disability { get; init; }
    public required bool ChronicIllness { get; init; }
    public required bool MentalHealth { get; init; }

    /// <summary>The husband's first surname a married woman may add as "de ...".</summary>
    public required string SpouseSurname { get; init; }

    public string GivenNames => GivenParts.Length == 1 ? GivenParts[0] : string.Join(' ', GivenParts);
}
