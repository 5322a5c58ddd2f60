using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Identity;

/// <summary>
/// After a save that touched a person or their documents, updates those people in the identity index at once, so
/// the person registered a minute ago is already a candidate at the next desk.
/// </summary>
public sealed class IdentityIndexInterceptor(IdentityIndex index, ILogger<IdentityIndexInterceptor> log) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
{
    private HashSet<Guid>? _touched;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_touched is { Count: > 0 } ids && eventData.Context is AppDbContext db)
        {
            _touched = null;
            try
            {
                var people = await db.People.AsNoTracking().Include(p => p.Documents).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
                index.Upsert(people);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The periodic refresh will catch up; the registration itself has succeeded.
                log.LogWarning(e, "Identity index update deferred for {Count} people", ids.Count);
            }
        }
        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var id = entry.Entity switch
                {
                    Person p => p.Id,
                    PersonDocument d => d.PersonId,
                    _ => Guid.Empty,
                };
                if (id != Guid.Empty)
                {
                    (_touched ??= []).Add(id);
                }
            }
        }
    }
}
