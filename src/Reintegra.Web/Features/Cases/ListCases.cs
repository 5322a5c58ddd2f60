using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>The institution's cases, newest first, filtered by stage and owner. Each person listed is an audit entry.</summary>
public sealed class ListCases(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public const int PageSize = 25;

    public sealed record Query(CaseStatus? Status, bool? Mine, int? Page);

    public sealed record Row(Guid Id, Guid PersonId, string PersonName, CaseStatus Status, DateTime OpenedAt, DateTime StatusChangedAt,
        string CaseWorker, bool ChildProtectionRequired, CaseClosureReason? ClosureReason);

    public sealed record Result(IReadOnlyList<Row> Items, int Page, int Total);

    public async Task<Result> ListAsync(Query q, CancellationToken ct)
    {
        var page = Math.Clamp(q.Page ?? 1, 1, 10_000);
        var cases = db.Cases.AsNoTracking().Where(c => c.InstitutionId == me.InstitutionId);
        if (q.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        if (q.Mine == true)
        {
            var userId = me.Id;
            cases = cases.Where(c => c.CaseWorkerId == userId);
        }
        var total = await cases.CountAsync(ct);
        var rows = await cases.OrderByDescending(c => c.OpenedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new
            {
                c.Id,
                c.PersonId,
                p.GivenNames,
                p.FirstSurname,
                p.SecondSurname,
                c.Status,
                c.OpenedAt,
                c.StatusChangedAt,
                c.ChildProtectionRequired,
                c.ClosureReason,
                Worker = db.Users.Where(u => u.Id == c.CaseWorkerId).Select(u => u.FullName).FirstOrDefault() ?? "",
            }).ToListAsync(ct);
        foreach (var personId in rows.Select(r => r.PersonId).Distinct())
        {
            audit.Add(AuditActions.Listed, nameof(ReintegrationCase), personId.ToString(), personId);
        }
        await audit.SaveAsync(ct);
        return new Result(rows.Select(r => new Row(r.Id, r.PersonId, string.Join(' ', new[] { r.GivenNames, r.FirstSurname, r.SecondSurname }.Where(s => !string.IsNullOrEmpty(s))),
            r.Status, r.OpenedAt, r.StatusChangedAt, r.Worker, r.ChildProtectionRequired, r.ClosureReason)).ToList(), page, total);
    }
}
