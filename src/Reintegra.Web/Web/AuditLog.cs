using Reintegra.Web.Data;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Web;

/// <summary>
/// Writes reads to the audit trail. Changes are written by <see cref="Data.SaveChangesInterceptor"/> as part of the
/// same transaction as the change itself; reads are added here and saved with the caller's next SaveChanges.
/// </summary>
public sealed class AuditLog(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public void Viewed(string entityType, Guid entityId, Guid personId, string? detail = null) =>
        Add(AuditActions.Viewed, entityType, entityId.ToString(), personId, detail);

    public void Add(string action, string entityType, string entityId, Guid? personId, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user.Actor, action, entityType, entityId, personId, detail));

    public async Task SaveAsync(CancellationToken ct) => await db.SaveChangesAsync(ct);
}
