using Reintegra.Web.Domain;

namespace Reintegra.Web.Data;

internal static class PersonQueries
{
    /// <summary>People the institution holds a record about: the only people its users may see.</summary>
    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, AppDbContext db, Guid institutionId) =>
        people.Where(p => db.PersonInstitutions.Any(l => l.PersonId == p.Id && l.InstitutionId == institutionId));
}
