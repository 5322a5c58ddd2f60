using Reintegra.JobMatching;

namespace Reintegra.Employment.Bench;

/// <summary>
/// The straightforward way to rank, as a first version would: score every record with strings and LINQ, keep them
/// all, sort, take the top. Same rules and weights as the engine, so the two must return the same results; the bench
/// checks that before it reports any time.
/// </summary>
internal static class Naive
{
    public static List<(Guid Id, int Score)> Candidates(IReadOnlyList<CandidateProfile> people, VacancyProfile v, int top) =>
        people.Select((p, i) => (p.Id, Score: Score(p, v), i)).Where(x => x.Score >= 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.i).Take(top).Select(x => (x.Id, x.Score)).ToList();

    public static List<(Guid Id, int Score)> Vacancies(IReadOnlyList<VacancyProfile> vacancies, CandidateProfile p, int top) =>
        vacancies.Select((v, i) => (v.Id, Score: Score(p, v), i)).Where(x => x.Score >= 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.i).Take(top).Select(x => (x.Id, x.Score)).ToList();

    private static int Score(CandidateProfile p, VacancyProfile v)
    {
        var shared = p.Occupations.Select(o => Shared(o.IscoCode, v.IscoCode)).DefaultIfEmpty(0).Max();
        if (shared == 0)
        {
            return -1;
        }
        var occupation = shared switch { 4 => 40, 3 => 30, 2 => 20, _ => 10 };
        var years = p.Occupations.Where(o => !o.Wanted && Shared(o.IscoCode, v.IscoCode) >= 2).Sum(o => Math.Max(o.Years, 0));
        var target = Math.Max(v.MinYears, 1);
        var experience = years >= target ? 15 : years * 15 / target;
        var asked = v.Skills.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
        var matched = asked.Count(s => p.Skills.Any(h => string.Equals(h.Trim(), s, StringComparison.OrdinalIgnoreCase)));
        var skills = asked.Count == 0 ? 15 : matched * 15 / asked.Count;
        var language = 10;
        if (v.Language is { } l)
        {
            var spoken = (int)(p.Languages.LastOrDefault(x => string.Equals(x.Code, l.Code, StringComparison.OrdinalIgnoreCase))?.Level ?? 0);
            language = spoken >= (int)l.Level ? 10 : spoken == (int)l.Level - 1 && spoken > 0 ? 5 : 0;
        }
        var certification = !v.CertificationRequired || p.CertifiedIscoCodes.Any(c => c.Length == 4 && c[..3] == v.IscoCode[..3]) ? 5 : 0;
        int place;
        if (p.Place.Country != v.Place.Country)
        {
            place = 0;
        }
        else if (p.Place.Adm2 is not null && p.Place.Adm2 == v.Place.Adm2)
        {
            place = 10;
        }
        else if (p.Place.Adm1 is not null && p.Place.Adm1 == v.Place.Adm1)
        {
            place = p.Mobility >= Mobility.WithinDepartment ? 7 : 4;
        }
        else
        {
            place = p.Mobility == Mobility.WithinCountry ? 5 : 1;
        }
        var late = p.AvailableFrom.DayNumber - v.StartBy.DayNumber;
        var availability = late <= 0 ? 5 : late <= 30 ? 2 : 0;
        return occupation + experience + skills + language + certification + place + availability;
    }

    private static int Shared(string a, string b)
    {
        var n = 0;
        while (n < 4 && n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
