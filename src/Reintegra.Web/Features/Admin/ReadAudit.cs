using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

/// <summary>
/// The audit trail as auditors read it. An instance administrator or auditor of the instance's lead institution sees
/// all entries; others see the entries made by users of their own institution.
/// </summary>
public sealed class ReadAudit(AppDbContext db, CurrentUser me)
{
    public const int PageSize = 50;

    public sealed record AuditRow(long Id, DateTime At, string UserName, Guid? InstitutionId, string? InstitutionName, string Action, string EntityType, string EntityId, Guid? PersonId, string? Detail);

    public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Page, bool HasMore);

    public async Task<AuditPage> ListAsync(Guid? personId, string? action, int page)
    {
        page = Math.Clamp(page, 1, 100_000);
        var query = db.AuditEntries.AsNoTracking();
        if (!me.IsInRole(Roles.Administrator))
        {
            query = query.Where(a => a.InstitutionId == me.InstitutionId);
        }
        if (personId is { } p)
        {
            // A person's history includes the records that were merged into them.
            var ids = await db.People.Where(x => x.MergedIntoPersonId == p).Select(x => x.Id).ToListAsync();
            ids.Add(p);
            query = query.Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value));
        }
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(a => a.Action == action);
        }
        var rows = await query
            .OrderByDescending(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.InstitutionId,
                db.Institutions.Where(i => i.Id == a.InstitutionId).Select(i => i.Name).FirstOrDefault(),
                a.Action, a.EntityType, a.EntityId, a.PersonId, a.Detail))
            .ToListAsync();
        return new AuditPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }
}
