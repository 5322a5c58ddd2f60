using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

/// <summary>
/// Finds people the user's institution holds records about, by name (surname first, any order of the other words),
/// document number or origin P-code. Names come back, so each listed person is a read in the audit trail.
/// </summary>
public sealed class SearchPeople(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public const int PageSize = 25;

    public sealed record Query(string? Q, string? Document, string? PCode, int? Page);

    public sealed record Row(Guid Id, string GivenNames, string FirstSurname, string? SecondSurname, Sex Sex, DateOnly? BirthDate, int? BirthYear,
        string NationalityCode, string? OriginAdm1, string? OriginAdm2);

    public sealed record Result(IReadOnlyList<Row> Items, int Page, bool HasMore);

    public async Task<Result> SearchAsync(Query query, CancellationToken ct)
    {
        var page = Math.Clamp(query.Page ?? 1, 1, 1000);
        var people = db.People.AsNoTracking().VisibleTo(db, me.InstitutionId);
        var filtered = false;

        var document = SearchKey.Document(query.Document);
        if (document.Length >= 3)
        {
            // "Id IN (people with this document)" rather than EXISTS: SQLite does not turn a correlated EXISTS into a
            // semi-join and would scan every person in name order, probing their documents (seconds at 100,000 people).
            var holders = db.PersonDocuments.Where(d => d.NumberKey == document).Select(d => d.PersonId);
            people = people.Where(p => holders.Contains(p.Id));
            filtered = true;
        }
        if (!string.IsNullOrWhiteSpace(query.PCode))
        {
            var pcode = query.PCode.Trim().ToUpperInvariant();
            people = pcode.Length <= 4
                ? people.Where(p => p.OriginAdm1 == pcode)
                : people.Where(p => p.OriginAdm2 == pcode);
            filtered = true;
        }
        var words = SearchKey.Name(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).ToArray();
        if (words.Length > 0)
        {
            // The first word is a surname prefix (served by an index); the others must appear anywhere in the name.
            var first = words[0];
            var upper = SearchKey.UpperBound(first);
            people = people.Where(p => string.Compare(p.SearchFullName, first) >= 0 && string.Compare(p.SearchFullName, upper) < 0);
            foreach (var word in words.Skip(1))
            {
                people = people.Where(p => p.SearchFullName.Contains(word));
            }
            filtered = true;
        }
        if (!filtered)
        {
            return new Result([], page, false);
        }

        var rows = await people
            .OrderBy(p => p.SearchFullName).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(p => new Row(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthYear, p.NationalityCode, p.OriginAdm1, p.OriginAdm2))
            .ToListAsync(ct);
        var items = rows.Take(PageSize).ToList();
        foreach (var r in items)
        {
            audit.Add(AuditActions.SearchResult, nameof(Person), r.Id.ToString(), r.Id);
        }
        await audit.SaveAsync(ct);
        return new Result(items, page, rows.Count > PageSize);
    }
}
