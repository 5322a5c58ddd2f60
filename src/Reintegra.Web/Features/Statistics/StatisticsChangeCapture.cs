using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Statistics;

/// <summary>
/// Queues every person whose returns or identity change, in the same transaction as the change, so the figures
/// can be brought up to date without scanning the returns (<see cref="ReturnStatistics.CatchUpAsync"/>); and every
/// person whose cases or referrals change, for the reintegration figures (<see cref="ReintegrationStatistics.CatchUpAsync"/>).
/// </summary>
public sealed class StatisticsChangeCapture(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void AddOriginal(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, string property, HashSet<Guid> people)
    {
        if (entry.State == EntityState.Modified && entry.Property(property).OriginalValue is Guid before)
        {
            people.Add(before);
        }
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var people = new HashSet<Guid>();
        var reintegration = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case ReturnEvent r:
                    people.Add(r.PersonId);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(ReturnEvent.PersonId)).OriginalValue is Guid before)
                    {
                        people.Add(before);
                    }
                    break;
                case Person p when entry.State != EntityState.Added:
                    people.Add(p.Id);
                    reintegration.Add(p.Id);
                    break;
                case ReintegrationCase c:
                    reintegration.Add(c.PersonId);
                    AddOriginal(entry, nameof(ReintegrationCase.PersonId), reintegration);
                    break;
                case Referral r:
                    reintegration.Add(r.PersonId);
                    AddOriginal(entry, nameof(Referral.PersonId), reintegration);
                    break;
                case Institution when entry.State == EntityState.Modified && entry.Property(nameof(Institution.Kind)).IsModified:
                    // Every case and referral of the institution is classified by its kind: recompute everyone.
                    reintegration.Add(ReintegrationChange.Everyone);
                    break;
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people)
        {
            context.Add(new StatisticsChange { PersonId = person, At = now });
        }
        foreach (var person in reintegration)
        {
            context.Add(new ReintegrationChange { PersonId = person, At = now });
        }
    }
}
