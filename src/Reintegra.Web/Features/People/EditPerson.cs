using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

/// <summary>
/// Corrects a person's identity and contact details. Two officers editing the same person: the second save is
/// refused (409) and nothing is overwritten.
/// </summary>
public sealed class EditPerson(AppDbContext db, CurrentUser me, Checks checks, LocalTime time)
{
    public sealed class PersonInput : PersonDetailsInput
    {
        public int? Version { get; set; }
    }

    public async Task<bool> UpdateAsync(Guid id, PersonInput input, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Documents).VisibleTo(db, me.InstitutionId).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        var identity = PersonFields.ReadIdentity(checks, input, time.Today);
        PersonFields.ReadContact(checks, input, input.Nationality, originRequired: false);
        checks.ThrowIfInvalid();

        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version!.Value;
        person.SetIdentity(identity!);
        person.SetContact(Upper(input.OriginAdm1), Upper(input.OriginAdm2), input.Phone, input.Languages);
        var wanted = input.Documents.Select(d => (d.Type!.Value, Key: SearchKey.Document(d.Number))).ToHashSet();
        foreach (var doc in person.Documents.Where(d => !wanted.Contains((d.Type, d.NumberKey))).ToList())
        {
            person.RemoveDocument(doc);
        }
        foreach (var d in input.Documents)
        {
            person.AddDocument(d.Type!.Value, d.Number!, (d.IssuingCountry ?? input.Nationality)!.Trim());
        }
        // Editing only the documents would not touch the person's row; count it as an edit of the person.
        db.Entry(person).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Upper(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();
}
