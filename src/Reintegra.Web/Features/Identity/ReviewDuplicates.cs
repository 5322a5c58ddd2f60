using Microsoft.EntityFrameworkCore;
using Reintegra.Matching;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// The duplicates review queue: pairs found by the batch run, shown side by side with the engine's reasons.
/// A reviewer sees the pairs that involve a person their institution holds records about (an administrator sees
/// all) and decides: same person (merge) or different people (remembered, never proposed again).
/// </summary>
public sealed class ReviewDuplicates(AppDbContext db, CurrentUser me, IdentityIndex index, MergePeople merges, AuditLog audit, Checks checks, TimeProvider clock)
{
    public const int PageSize = 25;
    public const string DifferentAction = "different-people";

    public sealed record Side(Guid Id, string Name, Domain.Sex Sex, DateOnly? BirthDate, int? BirthYear, string Nationality, string? Origin, DateTime CreatedAt);

    public sealed record Row(Guid Id, Side A, Side B, double Probability, MatchBand Band, DuplicatePairStatus Status, DateTime FoundAt);

    public sealed record Queue(IReadOnlyList<Row> Items, int Page, bool HasMore, int Pending);

    public sealed record ReturnLine(DateTime ArrivedAt, ReturnMode Mode, string ReturnedFrom, string Institution);

    public sealed record Record(ReturnView.PersonSummary Person, DateTime CreatedAt, IReadOnlyList<ReturnLine> Returns);

    public sealed record Pair(Guid Id, Record A, Record B, double Probability, MatchBand Band, DuplicatePairStatus Status,
        IReadOnlyList<FindCandidates.Evidence> Evidence, double? CurrentProbability, int Version);

    public sealed record Decision(int? Version, Guid? KeepPersonId);

    public async Task<Queue> ListAsync(int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 10_000);
        var pairs = Scoped(db.DuplicatePairs.AsNoTracking().Where(p => p.Status == DuplicatePairStatus.Pending));
        var pending = await pairs.CountAsync(ct);
        var rows = await pairs.OrderByDescending(p => p.Probability).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(p => new
            {
                p.Id,
                p.Probability,
                p.Band,
                p.Status,
                p.FoundAt,
                A = db.People.First(x => x.Id == p.PersonAId),
                B = db.People.First(x => x.Id == p.PersonBId),
            })
            .ToListAsync(ct);
        return new Queue(rows.Take(PageSize).Select(r => new Row(r.Id, SideOf(r.A), SideOf(r.B), r.Probability, (MatchBand)r.Band, r.Status, r.FoundAt)).ToList(),
            page, rows.Count > PageSize, pending);
    }

    public async Task<Pair?> GetAsync(Guid id, CancellationToken ct)
    {
        var pair = await Scoped(db.DuplicatePairs.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        if (pair is null)
        {
            return null;
        }
        var people = await db.People.AsNoTracking().Include(p => p.Documents).Where(p => p.Id == pair.PersonAId || p.Id == pair.PersonBId).ToListAsync(ct);
        var a = people.Single(p => p.Id == pair.PersonAId);
        var b = people.Single(p => p.Id == pair.PersonBId);
        var explained = index.Explain(a, b);
        audit.Viewed(nameof(Person), a.Id, a.Id, "duplicate-review");
        audit.Viewed(nameof(Person), b.Id, b.Id, "duplicate-review");
        await audit.SaveAsync(ct);
        return new Pair(pair.Id, await RecordOfAsync(a, ct), await RecordOfAsync(b, ct), pair.Probability, (MatchBand)pair.Band, pair.Status,
            explained?.Evidence.Select(e => new FindCandidates.Evidence(e.Field, e.Reason, Math.Round(e.Weight, 2), e.Detail)).ToList() ?? [],
            explained?.Probability, pair.Version);
    }

    /// <summary>Same person: the older record is kept unless the reviewer chose which one to keep.</summary>
    public async Task<PersonMerge?> SamePersonAsync(Guid id, Decision decision, CancellationToken ct)
    {
        var pair = await Scoped(db.DuplicatePairs.Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        if (pair is null)
        {
            return null;
        }
        checks.Required("version", decision.Version);
        if (decision.KeepPersonId is { } keep && keep != pair.PersonAId && keep != pair.PersonBId)
        {
            checks.Add("keepPersonId", "Validation.UnknownOption");
        }
        checks.ThrowIfInvalid();
        db.Entry(pair).Property(p => p.Version).OriginalValue = decision.Version!.Value;
        var created = await db.People.Where(p => p.Id == pair.PersonAId || p.Id == pair.PersonBId).Select(p => new { p.Id, p.CreatedAt }).ToListAsync(ct);
        var kept = decision.KeepPersonId ?? created.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).First().Id;
        var absorbed = kept == pair.PersonAId ? pair.PersonBId : pair.PersonAId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The decision is saved first: a stale or repeated decision fails here, before anything is merged.
        pair.Decide(DuplicatePairStatus.SamePerson, me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var merge = await merges.MergeAsync(kept, absorbed, ct);
        pair.LinkMerge(merge.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await merges.RefreshIndexAsync([kept, absorbed], ct);
        return merge;
    }

    public async Task<bool> DifferentPeopleAsync(Guid id, Decision decision, CancellationToken ct)
    {
        var pair = await Scoped(db.DuplicatePairs.Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        if (pair is null)
        {
            return false;
        }
        checks.Required("version", decision.Version);
        checks.ThrowIfInvalid();
        db.Entry(pair).Property(p => p.Version).OriginalValue = decision.Version!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        pair.Decide(DuplicatePairStatus.DifferentPeople, me.Id, now);
        db.DifferentPeopleDecisions.Add(new DifferentPeopleDecision(pair.PersonAId, pair.PersonBId, me.Id, now));
        audit.Add(DifferentAction, nameof(Person), pair.PersonAId.ToString(), pair.PersonAId, $"other={pair.PersonBId}");
        audit.Add(DifferentAction, nameof(Person), pair.PersonBId.ToString(), pair.PersonBId, $"other={pair.PersonAId}");
        await db.SaveChangesAsync(ct);
        index.Engine.Exclusions.Add(pair.PersonAId.ToString(), pair.PersonBId.ToString());
        return true;
    }

    private IQueryable<DuplicatePair> Scoped(IQueryable<DuplicatePair> pairs)
    {
        if (me.IsInRole(Roles.Administrator))
        {
            return pairs;
        }
        var institution = me.InstitutionId;
        return pairs.Where(p => db.PersonInstitutions.Any(l => (l.PersonId == p.PersonAId || l.PersonId == p.PersonBId) && l.InstitutionId == institution));
    }

    private static Side SideOf(Person p) =>
        new(p.Id, p.DisplayName, p.Sex, p.BirthDate, p.BirthYear, p.NationalityCode, Reference.Places.Default.Find(p.OriginAdm2 ?? p.OriginAdm1)?.Name, p.CreatedAt);

    private async Task<Record> RecordOfAsync(Person p, CancellationToken ct)
    {
        var returns = await db.Returns.AsNoTracking().Where(r => r.PersonId == p.Id).OrderByDescending(r => r.ArrivedAt)
            .Select(r => new ReturnLine(r.ArrivedAt, r.Mode, r.ReturnedFromCode, db.Institutions.Where(i => i.Id == r.InstitutionId).Select(i => i.Name).First()))
            .ToListAsync(ct);
        return new Record(
            new ReturnView.PersonSummary(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthYear, p.BirthDatePrecision,
                p.NationalityCode, p.OriginAdm1, p.OriginAdm2, p.Phone, p.LanguageCodes,
                p.Documents.Select(d => new ReturnView.DocumentView(d.Type, d.Number, d.IssuingCountry)).ToList()),
            p.CreatedAt, returns);
    }
}
