using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Data;

/// <summary>
/// On every save: bumps the version of edited records (so a stale edit fails instead of overwriting), writes an
/// audit entry for every change to a person's records in the same transaction, and refuses to alter the audit trail.
/// </summary>
public sealed class SaveChangesInterceptor(CurrentUser user, TimeProvider clock) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.Actor;
        var audit = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only.");
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                versioned.Version++;
            }
            if (entry is { State: EntityState.Modified, Entity: Person person })
            {
                person.UpdatedAt = now;
            }
            if (entry is { Entity: PersonDocument document }
                && context.ChangeTracker.Entries<Person>().FirstOrDefault(p => p.Entity.Id == document.PersonId) is { } owner)
            {
                // A new or removed document changes how the person is matched: date the person too.
                owner.Entity.UpdatedAt = now;
            }
            if (PersonOf(entry) is { } personId)
            {
                audit.Add(new AuditEntry(now, actor, ActionOf(entry.State), entry.Metadata.ClrType.Name, KeyOf(entry), personId, ChangedFields(entry)));
            }
            else if (entry.Entity is IAudited)
            {
                audit.Add(new AuditEntry(now, actor, ActionOf(entry.State), entry.Metadata.ClrType.Name, KeyOf(entry), null, ChangedFields(entry)));
            }
        }
        context.AddRange(audit);
    }

    private static Guid? PersonOf(EntityEntry entry) => entry.Entity switch
    {
        Person p => p.Id,
        IPersonRecord r => r.PersonId,
        _ => null,
    };

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditActions.Created,
        EntityState.Deleted => AuditActions.Deleted,
        _ => AuditActions.Updated,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    /// <summary>The names of the fields that changed, never their values: the trail must not become a copy of personal data.</summary>
    private static string? ChangedFields(EntityEntry entry) => entry.State != EntityState.Modified
        ? null
        : string.Join(',', entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)).Select(p => p.Metadata.Name));
}
