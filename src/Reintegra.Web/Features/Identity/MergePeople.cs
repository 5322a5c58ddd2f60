using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// Merges two records of one person, after someone confirmed it, keeping every return, document and audit entry
/// of both; and undoes a merge exactly (administrators only). Both are single transactions and in the audit trail.
/// </summary>
public sealed class MergePeople(AppDbContext db, IEnumerable<IPersonMergeParticipant> participants, CurrentUser me, AuditLog audit, IdentityIndex index, TimeProvider clock)
{
    public const string MergedAction = "merged";
    public const string UnmergedAction = "unmerged";

    /// <summary>Moves everything of <paramref name="absorbedId"/> to <paramref name="keptId"/>; returns the merge.</summary>
    public async Task<PersonMerge> MergeAsync(Guid keptId, Guid absorbedId, CancellationToken ct)
    {
        // Joins the caller's transaction when there is one (a reviewer's decision and the merge commit together).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var kept = await db.People.FirstOrDefaultAsync(p => p.Id == keptId, ct) ?? throw new DomainException("Identity.PersonNotFound");
        var absorbed = await db.People.FirstOrDefaultAsync(p => p.Id == absorbedId, ct) ?? throw new DomainException("Identity.PersonNotFound");
        if (kept.MergedIntoPersonId is not null)
        {
            throw new DomainException("Identity.AlreadyMerged");
        }
        absorbed.MergeInto(kept.Id);
        await db.SaveChangesAsync(ct);

        var moved = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var participant in participants)
        {
            moved[participant.Name] = await participant.MoveAsync(db, absorbed.Id, kept.Id, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var merge = new PersonMerge(kept.Id, absorbed.Id, JsonSerializer.Serialize(moved), me.Id, now);
        db.PersonMerges.Add(merge);
        var detail = string.Join(';', moved.Select(m => $"{m.Key}={m.Value.Count}"));
        audit.Add(MergedAction, nameof(Person), absorbed.Id.ToString(), absorbed.Id, $"into={kept.Id};{detail}");
        audit.Add(MergedAction, nameof(Person), kept.Id.ToString(), kept.Id, $"absorbed={absorbed.Id};{detail}");
        kept.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await SupersedePairsAsync(absorbed.Id, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
            await RefreshIndexAsync([kept.Id, absorbed.Id], ct);
        }
        return merge;
    }

    /// <summary>Puts every moved record back where it was and makes the absorbed person a person again.</summary>
    public async Task<bool> UndoAsync(Guid mergeId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var merge = await db.PersonMerges.FirstOrDefaultAsync(m => m.Id == mergeId, ct);
        if (merge is null)
        {
            return false;
        }
        merge.Undo(me.Id, clock.GetUtcNow().UtcDateTime);
        var moved = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(merge.Moved) ?? [];
        foreach (var participant in participants)
        {
            if (moved.TryGetValue(participant.Name, out var keys))
            {
                await participant.MoveBackAsync(db, keys, merge.AbsorbedPersonId, merge.KeptPersonId, ct);
            }
        }
        var absorbed = await db.People.FirstAsync(p => p.Id == merge.AbsorbedPersonId, ct);
        absorbed.Unmerge();
        var kept = await db.People.FirstAsync(p => p.Id == merge.KeptPersonId, ct);
        kept.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(UnmergedAction, nameof(Person), absorbed.Id.ToString(), absorbed.Id, $"from={kept.Id};merge={merge.Id}");
        audit.Add(UnmergedAction, nameof(Person), kept.Id.ToString(), kept.Id, $"released={absorbed.Id};merge={merge.Id}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await RefreshIndexAsync([kept.Id, absorbed.Id], ct);
        return true;
    }

    private async Task SupersedePairsAsync(Guid absorbedId, CancellationToken ct)
    {
        var open = await db.DuplicatePairs.Where(p => p.Status == DuplicatePairStatus.Pending && (p.PersonAId == absorbedId || p.PersonBId == absorbedId)).ToListAsync(ct);
        foreach (var pair in open)
        {
            pair.Supersede();
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RefreshIndexAsync(Guid[] ids, CancellationToken ct) =>
        index.Upsert(await db.People.AsNoTracking().Include(p => p.Documents).Where(p => ids.Contains(p.Id)).ToListAsync(ct));
}
