namespace Reintegra.Synthetic;

/// <summary>The canonical identity behind a person key: what every record of that person is a variation of.</summary>
public sealed record PersonIdentity(
    long PersonKey,
    string GivenNames,
    string FirstSurname,
    string? SecondSurname,
    char Sex,
    DateOnly DateOfBirth,
    string Nationality,
    string OriginAdmin1,
    string OriginAdmin2,
    IReadOnlyList<IdentityDocument> Documents,
    IReadOnlyList<string> Languages)
{
    internal static PersonIdentity From(Person person)
    {
        var documents = new List<IdentityDocument>(3);
        if (person.NationalId is { } id)
        {
            documents.Add(new("national_id", id, person.Nationality));
        }
        if (person.BirthCertificate is { } certificate)
        {
            documents.Add(new("birth_certificate", certificate, person.Nationality));
        }
        documents.Add(new("passport", person.Passport, person.Nationality));
        if (person.ConsularId is { } consular)
        {
            documents.Add(new("consular_id", consular, person.Nationality));
        }
        return new(person.Key, person.GivenNames, person.FirstSurname, person.SecondSurname, person.Sex, person.DateOfBirth,
            person.Nationality, person.Admin1, person.Admin2, documents, person.Languages);
    }
}
