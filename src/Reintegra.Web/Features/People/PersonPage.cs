using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

/// <summary>
/// A person as the user's institution may see them: identity, documents and every return. Returns recorded by the
/// user's institution are shown in full; returns recorded elsewhere show only when and where, so that a repeat
/// return is visible without exposing another institution's reception record.
/// </summary>
public sealed class PersonPage(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public sealed record ReturnRow(Guid? Id, DateTime ArrivedAt, ReturnMode Mode, string ReturnedFrom, string InstitutionName, bool Own,
        ReturnCategory? Category, ReceptionStatus? Status, bool ProtectionFollowUp, ChildStatus? ChildStatus);

    public sealed record Details(ReturnView.PersonSummary Person, DateTime CreatedAt, int Version, IReadOnlyList<ReturnRow> Returns)
    {
        public bool IsChildNow(DateOnly today) => PersonBirth.AgeOn(Person.BirthDate, Person.BirthYear, today) is < ReturnEvent.AdultAge;
    }

    /// <summary>For a record merged into another: the kept person, when the user may see them.</summary>
    public async Task<Guid?> MergedIntoAsync(Guid id, CancellationToken ct)
    {
        var target = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.MergedIntoPersonId).FirstOrDefaultAsync(ct);
        return target is { } t && await db.People.VisibleTo(db, me.InstitutionId).AnyAsync(p => p.Id == t, ct) ? t : null;
    }

    /// <returns>null when the person does not exist or the user's institution holds no record about them.</returns>
    public async Task<Details?> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.People.AsNoTracking().Include(x => x.Documents).VisibleTo(db, me.InstitutionId)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }
        var returns = await db.Returns.AsNoTracking().Where(r => r.PersonId == id)
            .OrderByDescending(r => r.ArrivedAt)
            .Select(r => new
            {
                r.Id,
                r.ArrivedAt,
                r.Mode,
                r.ReturnedFromCode,
                r.InstitutionId,
                r.Category,
                r.Status,
                r.ProtectionFollowUp,
                r.ChildStatus,
                InstitutionName = db.Institutions.Where(i => i.Id == r.InstitutionId).Select(i => i.Name).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        audit.Viewed(nameof(Person), id, id);
        await audit.SaveAsync(ct);
        return new Details(
            new ReturnView.PersonSummary(p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname, p.Sex, p.BirthDate, p.BirthYear, p.BirthDatePrecision,
                p.NationalityCode, p.OriginAdm1, p.OriginAdm2, p.Phone, p.LanguageCodes,
                p.Documents.Select(d => new ReturnView.DocumentView(d.Type, d.Number, d.IssuingCountry)).ToList()),
            p.CreatedAt, p.Version,
            returns.Select(r => r.InstitutionId == me.InstitutionId
                ? new ReturnRow(r.Id, r.ArrivedAt, r.Mode, r.ReturnedFromCode, r.InstitutionName, true, r.Category, r.Status, r.ProtectionFollowUp, r.ChildStatus)
                : new ReturnRow(null, r.ArrivedAt, r.Mode, r.ReturnedFromCode, r.InstitutionName, false, null, null, false, null)).ToList());
    }
}
