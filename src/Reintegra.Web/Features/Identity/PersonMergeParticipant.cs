using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// One kind of record that belongs to a person and must follow them when two records are merged. Each area that
/// keeps such records registers one (reception: returns, documents, screenings, referrals, institution links).
/// <see cref="MoveAsync"/> returns the keys of the rows it moved so that <see cref="MoveBackAsync"/> can undo exactly that.
/// </summary>
public interface IPersonMergeParticipant
{
    string Name { get; }

    Task<IReadOnlyList<string>> MoveAsync(AppDbContext db, Guid from, Guid to, CancellationToken ct);

    Task MoveBackAsync(AppDbContext db, IReadOnlyList<string> keys, Guid from, Guid to, CancellationToken ct);
}

/// <summary>Reception's records: returns with their screenings and referrals, documents, and institution links.</summary>
public sealed class ReceptionMergeParticipant(TimeProvider clock) : IPersonMergeParticipant
{
    public string Name => "reception";

    public async Task<IReadOnlyList<string>> MoveAsync(AppDbContext db, Guid from, Guid to, CancellationToken ct)
    {
        var moved = new List<string>();
        var returns = await db.Returns.Where(r => r.PersonId == from).Select(r => r.Id).ToListAsync(ct);
        var documents = await db.PersonDocuments.Where(d => d.PersonId == from).Select(d => d.Id).ToListAsync(ct);
        var keptLinks = await db.PersonInstitutions.Where(l => l.PersonId == to).Select(l => l.InstitutionId).ToListAsync(ct);
        var links = await db.PersonInstitutions.Where(l => l.PersonId == from).Select(l => l.InstitutionId).ToListAsync(ct);
        moved.AddRange(returns.Select(id => "return:" + id));
        moved.AddRange(documents.Select(id => "document:" + id));
        moved.AddRange(links.Select(id => (keptLinks.Contains(id) ? "link-shared:" : "link:") + id));

        await db.Returns.Where(r => r.PersonId == from).ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, to).SetProperty(r => r.Version, r => r.Version + 1), ct);
        await db.SensitiveScreenings.Where(x => x.PersonId == from).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, to), ct);
        await db.ImmediateReferrals.Where(x => x.PersonId == from).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, to), ct);
        await db.PersonDocuments.Where(d => d.PersonId == from).ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, to), ct);
        // Institution links are a key, not a column to update: add the missing ones to the kept person and drop the absorbed person's.
        foreach (var institution in links.Except(keptLinks))
        {
            db.PersonInstitutions.Add(new Domain.PersonInstitution(to, institution, clock.GetUtcNow().UtcDateTime));
        }
        await db.SaveChangesAsync(ct);
        await db.PersonInstitutions.Where(l => l.PersonId == from).ExecuteDeleteAsync(ct);
        return moved;
    }

    public async Task MoveBackAsync(AppDbContext db, IReadOnlyList<string> keys, Guid from, Guid to, CancellationToken ct)
    {
        var returns = Ids(keys, "return:");
        var documents = Ids(keys, "document:");
        await db.Returns.Where(r => returns.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, from).SetProperty(r => r.Version, r => r.Version + 1), ct);
        await db.SensitiveScreenings.Where(x => returns.Contains(x.ReturnEventId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, from), ct);
        await db.ImmediateReferrals.Where(x => returns.Contains(x.ReturnEventId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonId, from), ct);
        await db.PersonDocuments.Where(d => documents.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, from), ct);
        var onlyAbsorbed = Ids(keys, "link:");
        foreach (var institution in onlyAbsorbed.Concat(Ids(keys, "link-shared:")))
        {
            db.PersonInstitutions.Add(new Domain.PersonInstitution(from, institution, clock.GetUtcNow().UtcDateTime));
        }
        await db.SaveChangesAsync(ct);
        // A link the kept person had only because of the merge goes away with it.
        await db.PersonInstitutions.Where(l => l.PersonId == to && onlyAbsorbed.Contains(l.InstitutionId)
            && !db.Returns.Any(r => r.PersonId == to && r.InstitutionId == l.InstitutionId)).ExecuteDeleteAsync(ct);
    }

    private static List<Guid> Ids(IEnumerable<string> keys, string prefix) =>
        keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => Guid.Parse(k[prefix.Length..])).ToList();
}
