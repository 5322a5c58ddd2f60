using Reintegra.JobMatching;
using Reintegra.Reference;

namespace Reintegra.Employment.Bench;

/// <summary>
/// A synthetic population with the shape of the real one: most returnees worked in a few occupations (construction,
/// agriculture, cleaning, cooking, driving, factory work), the rest spread over every ISCO-08 unit group; places are
/// real admin-2 P-codes of Guatemala, Honduras and El Salvador. Seeded, so every run ranks the same data.
/// </summary>
internal sealed class Population(int seed)
{
    private static readonly string[] Common =
    [
        "7112", "7115", "7114", "7119", "7121", "7122", "7126", "7131", "7411", "7212", "7231", "9313", "9312", "9211", "9214", "6111", "6112",
        "6121", "6113", "9112", "9111", "5120", "9412", "5131", "8322", "8332", "8343", "9329", "8160", "7512", "7531", "7536", "5223", "5141",
        "5322", "3434", "4110", "4222", "7233", "9621",
    ];

    private readonly Random _random = new(seed);
    private readonly string[] _units = Occupations.Default.UnitGroups.Select(o => o.Code).ToArray();
    private readonly Place[] _places = Places.Default.All.Where(p => p.Level == 2 && p.CountryAlpha2 is "GT" or "HN" or "SV").ToArray();
    private readonly string[] _skills = Enumerable.Range(0, 300).Select(i => $"skill-{i:000}").ToArray();
    private readonly DateOnly _today = new(2026, 11, 19);

    public CandidateProfile Profile()
    {
        var occupations = Enumerable.Range(0, 1 + _random.Next(3))
            .Select(i => new Experience(Occupation(), _random.Next(0, 15), Wanted: i == 2)).ToList();
        var place = _places[_random.Next(_places.Length)];
        var languages = new List<LanguageSkill> { new("spa", LanguageLevel.Native) };
        if (_random.Next(10) < 4)
        {
            languages.Add(new LanguageSkill("eng", (LanguageLevel)_random.Next(1, 4)));
        }
        return new CandidateProfile(Guid.NewGuid(), occupations, Skills(6), languages,
            _random.Next(100) < 15 ? [occupations[0].IscoCode] : [],
            new JobPlace(place.CountryAlpha2, place.ParentPCode, place.PCode), (Mobility)_random.Next(3), _today.AddDays(_random.Next(0, 60)));
    }

    public VacancyProfile Vacancy()
    {
        var place = _places[_random.Next(_places.Length)];
        var language = _random.Next(10) < 3 ? new LanguageSkill("eng", (LanguageLevel)_random.Next(1, 4)) : null;
        return new VacancyProfile(Guid.NewGuid(), Occupation(), _random.Next(0, 6), Skills(4), language, _random.Next(10) < 2,
            new JobPlace(place.CountryAlpha2, place.ParentPCode, _random.Next(3) == 0 ? null : place.PCode), _today.AddDays(_random.Next(5, 60)));
    }

    private string Occupation() => _random.Next(10) < 6 ? Common[_random.Next(Common.Length)] : _units[_random.Next(_units.Length)];

    private string[] Skills(int max) => Enumerable.Range(0, _random.Next(max + 1)).Select(_ => _skills[(int)Math.Pow(_random.NextDouble(), 2) * _skills.Length]).Distinct().ToArray();
}
