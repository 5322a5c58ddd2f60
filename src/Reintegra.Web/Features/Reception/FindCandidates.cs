using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// People already in the registry who may be the person being registered: a repeat return should be attached,
/// not registered twice. Searches the whole instance (a person may have come back through another centre) but
/// shows only what an officer needs to recognise them; every candidate shown is audited.
/// </summary>
public sealed class FindCandidates(AppDbContext db, AuditLog audit)
{
    public const int MaxCandidates = 8;

    public sealed record Query(string? GivenNames, string? FirstSurname, string? SecondSurname, string? BirthDate, Sex? Sex, string? DocumentNumber);

    public sealed record Candidate(Guid PersonId, string Name, Sex Sex, DateOnly? BirthDate, int? BirthYear, string Nationality,
        string? OriginAdm1, string? OriginAdm2, string? OriginName, int Returns, DateTime? LastReturn, int Score, IReadOnlyList<string> Reasons);

    public async Task<IReadOnlyList<Candidate>> FindAsync(Query q, CancellationToken ct)
    {
        var surname = FirstToken(SearchKey.Name(q.FirstSurname));
        var second = FirstToken(SearchKey.Name(q.SecondSurname));
        var given = FirstToken(SearchKey.Name(q.GivenNames));
        var document = SearchKey.Document(q.DocumentNumber);
        DateOnly? birth = DateOnly.TryParse(q.BirthDate, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : null;
        int? year = birth?.Year ?? (int.TryParse(q.BirthDate, out var y) && y is > 1900 and < 2200 ? y : null);
        if (surname.Length < 2 && document.Length < 4)
        {
            return [];
        }

        var pool = new List<Person>();
        if (document.Length >= 4)
        {
            pool.AddRange(await db.People.AsNoTracking().Include(p => p.Documents)
                .Where(p => p.Documents.Any(d => d.NumberKey == document)).Take(20).ToListAsync(ct));
        }
        if (surname.Length >= 2)
        {
            var upper = SearchKey.UpperBound(surname);
            // A swapped or missing second surname still finds the person: look under either surname.
            var alternative = second.Length >= 2 ? second : surname;
            var altUpper = SearchKey.UpperBound(alternative);
            pool.AddRange(await db.People.AsNoTracking().Include(p => p.Documents)
                .Where(p => (string.Compare(p.SearchSurnames, surname) >= 0 && string.Compare(p.SearchSurnames, upper) < 0)
                         || (string.Compare(p.SearchSurnames, alternative) >= 0 && string.Compare(p.SearchSurnames, altUpper) < 0))
                .Where(p => year == null || (p.BirthYear >= year - 2 && p.BirthYear <= year + 2) || p.BirthYear == null
                         || (given.Length > 0 && p.SearchGivenNames.StartsWith(given)))
                .OrderBy(p => p.SearchFullName)
                .Take(200)
                .ToListAsync(ct));
        }

        var scored = pool.DistinctBy(p => p.Id)
            .Select(p => Score(p, surname, second, given, birth, year, q.Sex, document))
            .Where(c => c.Score >= 35)
            .OrderByDescending(c => c.Score)
            .Take(MaxCandidates)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }
        var ids = scored.Select(c => c.Person.Id).ToList();
        var returns = await db.Returns.AsNoTracking().Where(r => ids.Contains(r.PersonId))
            .GroupBy(r => r.PersonId).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(r => r.ArrivedAt) }).ToListAsync(ct);
        foreach (var c in scored)
        {
            audit.Add(AuditActions.CandidateShown, nameof(Person), c.Person.Id.ToString(), c.Person.Id, $"score={c.Score}");
        }
        await audit.SaveAsync(ct);
        return scored.Select(c =>
        {
            var r = returns.FirstOrDefault(x => x.Key == c.Person.Id);
            var p = c.Person;
            var origin = Reference.Places.Default.Find(p.OriginAdm2 ?? p.OriginAdm1);
            return new Candidate(p.Id, p.DisplayName, p.Sex, p.BirthDate, p.BirthYear, p.NationalityCode, p.OriginAdm1, p.OriginAdm2, origin?.Name,
                r?.Count ?? 0, r?.Last, c.Score, c.Reasons);
        }).ToList();
    }

    private static (Person Person, int Score, IReadOnlyList<string> Reasons) Score(Person p, string surname, string second, string given, DateOnly? birth, int? year, Sex? sex, string document)
    {
        var score = 0;
        var reasons = new List<string>();
        var surnames = p.SearchSurnames.Split(' ');
        if (document.Length >= 4 && p.Documents.Any(d => d.NumberKey == document))
        {
            score += 60;
            reasons.Add("document");
        }
        if (surnames.Contains(surname))
        {
            score += surnames[0] == surname ? 20 : 15;
            reasons.Add(surnames[0] == surname ? "first_surname" : "surname_swapped");
        }
        if (second.Length > 0 && surnames.Contains(second))
        {
            score += 10;
            reasons.Add("second_surname");
        }
        if (given.Length > 0 && p.SearchGivenNames.Split(' ').Contains(given))
        {
            score += 20;
            reasons.Add("given_name");
        }
        if (birth is { } d && p.BirthDate == d)
        {
            score += 25;
            reasons.Add("birth_date");
        }
        else if (birth is { } d2 && p.BirthDate is { } pd && pd.Year == d2.Year && pd.Month == d2.Day && pd.Day == d2.Month)
        {
            score += 18;
            reasons.Add("birth_date_day_month_swapped");
        }
        else if (year is { } yy && p.BirthYear == yy)
        {
            score += 12;
            reasons.Add("birth_year");
        }
        if (sex is not null && p.Sex == sex)
        {
            score += 5;
        }
        else if (sex is not null)
        {
            score -= 20;
            reasons.Add("sex_differs");
        }
        return (p, score, reasons);
    }

    private static string FirstToken(string key) => key.Split(' ', 2)[0];
}
