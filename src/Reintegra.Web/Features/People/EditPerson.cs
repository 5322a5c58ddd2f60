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
    public sealed class PersonInput
    {
        public string? GivenNames { get; set; }

        public string? FirstSurname { get; set; }

        public string? SecondSurname { get; set; }

        public Sex? Sex { get; set; }

        public string? BirthDate { get; set; }

        public int? BirthYear { get; set; }

        public int? EstimatedAge { get; set; }

        public string? Nationality { get; set; }

        public string? OriginAdm1 { get; set; }

        public string? OriginAdm2 { get; set; }

        public string? Phone { get; set; }

        public List<string> Languages { get; set; } = [];

        public List<DocumentInput> Documents { get; set; } = [];

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
        checks.Name("givenNames", input.GivenNames, required: true);
        checks.Name("firstSurname", input.FirstSurname, required: true);
        checks.Name("secondSurname", input.SecondSurname, required: false);
        checks.Enum("sex", input.Sex, required: true);
        checks.Country("nationality", input.Nationality, required: true);
        var birth = PersonFields.ParseBirth(input.BirthDate, input.BirthYear, input.EstimatedAge, time.Today, checks, "birthDate");
        checks.Place("originAdm1", input.OriginAdm1, "originAdm2", input.OriginAdm2, required: false);
        PersonFields.Phone(checks, "phone", input.Phone);
        for (var i = 0; i < input.Languages.Count; i++)
        {
            if (Reintegra.Reference.Languages.Default.Find(input.Languages[i]) is null)
            {
                checks.Add($"languages[{i}]", "Validation.UnknownLanguage");
            }
        }
        for (var i = 0; i < input.Documents.Count; i++)
        {
            checks.Enum($"documents[{i}].type", input.Documents[i].Type, required: true);
            PersonFields.DocumentNumber(checks, $"documents[{i}].number", input.Documents[i].Number);
            checks.Country($"documents[{i}].issuingCountry", input.Documents[i].IssuingCountry ?? input.Nationality, required: true);
        }
        checks.ThrowIfInvalid();

        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version!.Value;
        person.SetIdentity(new PersonIdentity(input.GivenNames!, input.FirstSurname!, input.SecondSurname, input.Sex!.Value, birth, input.Nationality!.Trim().ToUpperInvariant()));
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
