using System.Globalization;
using Reintegra.Synthetic;
using SyntheticOptions = Reintegra.Synthetic.GeneratorOptions;

namespace Reintegra.Matching.Bench.Data;

/// <summary>
/// The Hispanic returnee registry of the project's generator (tools/Reintegra.Synthetic), through its public API:
/// a registry of distinct people, later re-registrations with recording variations, hard non-matches
/// (siblings, twins, namesakes) and new people, each with its ground-truth person key.
/// </summary>
internal sealed class SyntheticSets(int seed)
{
    private readonly RegistryGenerator _generator = new(new SyntheticOptions { Seed = seed });

    public int Seed => seed;

    public IEnumerable<LabelledRecord> Registry(int people) =>
        _generator.Registry(people).Select(r => Convert(r, "record"));

    public IEnumerable<LabelledRecord> ReRegistrations(int people, int count) =>
        _generator.ReRegistrations(people, count).Select(r => Convert(r, "repeat"));

    public IEnumerable<LabelledRecord> HardNonMatches(int people, int count) =>
        _generator.HardNonMatches(people, count).Select(r => Convert(r, r.LookAlike.ToString().ToLowerInvariant()));

    public IEnumerable<LabelledRecord> NewPeople(int people, int count) =>
        _generator.NewPeople(people, count).Select(r => Convert(r, "new"));

    public static IdentityRecord ToIdentity(Returnee r)
    {
        var arrival = DateOnly.FromDateTime(r.ArrivalUtc);
        var dob = r.DateOfBirth is { } d ? BirthDate.FromDate(d)
            : r.BirthYear is { } y ? BirthDate.YearOnly(y)
            : r.EstimatedAge is { } age ? BirthDate.FromEstimatedAge(age, arrival)
            : default;
        return new IdentityRecord(r.RecordKey.ToString(CultureInfo.InvariantCulture))
        {
            GivenNames = r.GivenNames,
            FirstSurname = r.FirstSurname,
            SecondSurname = r.SecondSurname,
            Sex = r.Sex switch { 'F' => Sex.Female, 'M' => Sex.Male, _ => Sex.Unknown },
            BirthDate = dob,
            Nationality = r.Nationality,
            OriginPcode = r.OriginAdmin2,
            Documents = r.Documents.Select(x => new Reintegra.Matching.IdentityDocument(x.Type, x.Number)).ToList(),
        };
    }

    private static LabelledRecord Convert(Returnee r, string kind) =>
        new(ToIdentity(r), r.PersonKey.ToString(CultureInfo.InvariantCulture), kind);
}
