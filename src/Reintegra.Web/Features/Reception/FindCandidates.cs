using Microsoft.EntityFrameworkCore;
using Reintegra.Matching;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Identity;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// People already in the registry who may be the person being registered: a repeat return should be attached,
/// not registered twice. The identity-matching engine ranks the whole instance's registry (a person may have come
/// back through another centre) and says why each candidate ranks there; the card shows only what an officer
/// needs to recognise the person, and every candidate shown is audited.
/// </summary>
public sealed class FindCandidates(AppDbContext db, IdentityIndex index, AuditLog audit, LocalTime time)
{
    public const int MaxCandidates = 8;

    public sealed record Query(string? GivenNames, string? FirstSurname, string? SecondSurname, string? BirthDate, int? EstimatedAge, Domain.Sex? Sex,
        string? Nationality, DocumentType? DocumentType, string? DocumentNumber, string? OriginPcode);

    public sealed record Evidence(string Field, string Reason, double Weight, string Detail);

    public sealed record Candidate(Guid PersonId, string Name, Domain.Sex Sex, DateOnly? BirthDate, int? BirthYear, string Nationality,
        string? OriginAdm1, string? OriginAdm2, string? OriginName, int Returns, DateTime? LastReturn,
        double Probability, MatchBand Band, IReadOnlyList<string> Reasons, IReadOnlyList<Evidence> Evidence);

    public async Task<IReadOnlyList<Candidate>> FindAsync(Query q, CancellationToken ct)
    {
        var record = ToRecord(q);
        if (string.IsNullOrWhiteSpace(record.FirstSurname) && string.IsNullOrWhiteSpace(record.GivenNames) && record.Documents.Count == 0)
        {
            return [];
        }
        var matches = index.IsReady
            ? index.Lookup(record, MaxCandidates).Where(m => m.Band != MatchBand.NewPerson).ToList()
            : await FromDatabaseAsync(record, ct);
        if (matches.Count == 0)
        {
            return [];
        }
        var ids = matches.Select(m => Guid.Parse(m.Id)).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.MergedIntoPersonId == null).ToDictionaryAsync(p => p.Id, ct);
        var returns = await db.Returns.AsNoTracking().Where(r => ids.Contains(r.PersonId))
            .GroupBy(r => r.PersonId).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(r => r.ArrivedAt) }).ToDictionaryAsync(x => x.Key, ct);
        var result = new List<Candidate>();
        foreach (var m in matches)
        {
            if (!people.TryGetValue(Guid.Parse(m.Id), out var p))
            {
                continue;
            }
            returns.TryGetValue(p.Id, out var r);
            audit.Add(AuditActions.CandidateShown, nameof(Person), p.Id.ToString(), p.Id, $"p={m.Probability:0.000};band={m.Band}");
            result.Add(new Candidate(p.Id, p.DisplayName, p.Sex, p.BirthDate, p.BirthYear, p.NationalityCode, p.OriginAdm1, p.OriginAdm2,
                Reference.Places.Default.Find(p.OriginAdm2 ?? p.OriginAdm1)?.Name, r?.Count ?? 0, r?.Last, m.Probability, m.Band,
                m.Evidence.Where(e => e.Weight != 0).OrderByDescending(e => Math.Abs(e.Weight)).Select(e => e.Reason).ToList(),
                m.Evidence.Select(e => new Evidence(e.Field, e.Reason, Math.Round(e.Weight, 2), e.Detail)).ToList()));
        }
        await audit.SaveAsync(ct);
        return result;
    }

    private IdentityRecord ToRecord(Query q)
    {
        var today = time.Today;
        var birth = q.EstimatedAge is { } age ? BirthDate.FromEstimatedAge(age, today) : ParseBirth(q.BirthDate);
        var document = SearchKey.Document(q.DocumentNumber);
        return new IdentityRecord("query")
        {
            GivenNames = Bound(q.GivenNames),
            FirstSurname = Bound(q.FirstSurname),
            SecondSurname = Bound(q.SecondSurname),
            Sex = IdentityRecords.Sex(q.Sex),
            BirthDate = birth,
            Nationality = q.Nationality?.Trim().ToUpperInvariant(),
            Documents = document.Length >= 4 ? [new IdentityDocument(IdentityRecords.DocumentKind(q.DocumentType ?? DocumentType.Other), document)] : [],
            OriginPcode = Bound(q.OriginPcode)?.ToUpperInvariant(),
        };
    }

    private static string? Bound(string? s) => s is { Length: > 100 } ? s[..100] : s;

    private static BirthDate ParseBirth(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BirthDate.Unknown;
        }
        text = text.Trim();
        if (text.Length == 4 && int.TryParse(text, out var year))
        {
            return BirthDate.YearOnly(year);
        }
        return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? BirthDate.FromDate(d)
            : BirthDate.Unknown;
    }

    /// <summary>
    /// While the index is still loading after a restart: people sharing a surname (either one, in either order) or the
    /// document number, scored by the engine's own model so the officer sees the same kind of answer.
    /// </summary>
    private async Task<List<MatchCandidate>> FromDatabaseAsync(IdentityRecord record, CancellationToken ct)
    {
        var surnames = new[] { record.FirstSurname, record.SecondSurname }.Select(s => SearchKey.Name(s).Split(' ')[0]).Where(s => s.Length >= 2).Distinct().ToList();
        var documents = record.Documents.Select(d => d.Number).ToList();
        var pool = new List<Person>();
        foreach (var surname in surnames)
        {
            var upper = SearchKey.UpperBound(surname);
            pool.AddRange(await db.People.AsNoTracking().Include(p => p.Documents)
                .Where(p => p.MergedIntoPersonId == null && string.Compare(p.SearchSurnames, surname) >= 0 && string.Compare(p.SearchSurnames, upper) < 0)
                .Take(500).ToListAsync(ct));
        }
        if (documents.Count > 0)
        {
            // IN rather than EXISTS, so that SQLite starts from the document index instead of scanning people.
            var holders = db.PersonDocuments.Where(d => documents.Contains(d.NumberKey)).Select(d => d.PersonId);
            pool.AddRange(await db.People.AsNoTracking().Include(p => p.Documents)
                .Where(p => p.MergedIntoPersonId == null && holders.Contains(p.Id)).Take(50).ToListAsync(ct));
        }
        using var scratch = new PersonIndex(index.Engine.Model, index.Engine.Exclusions);
        scratch.AddRange(pool.DistinctBy(p => p.Id).Select(IdentityRecords.From));
        return scratch.Lookup(record, MaxCandidates).Where(m => m.Band != MatchBand.NewPerson).ToList();
    }
}
