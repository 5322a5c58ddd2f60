using System.Globalization;
using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.People;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// Reading the identity fields people actually write — in a manifest, a form or the API — with the checks that
/// apply everywhere: names, sex, a date of birth that may be partial, nationality, documents.
/// </summary>
public static class PersonFields
{
    public const int OldestBirthYear = 1900;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy/MM/dd", "dd.MM.yyyy"];

    public static Sex? ParseSex(string? text) => SearchKey.Name(text) switch
    {
        "f" or "mujer" or "femenino" or "female" or "woman" => Sex.Female,
        "m" or "h" or "hombre" or "masculino" or "male" or "man" => Sex.Male,
        "x" or "o" or "otro" or "other" => Sex.Other,
        _ => null,
    };

    public static DocumentType? ParseDocumentType(string? text) => SearchKey.Name(text).Replace(' ', '_') switch
    {
        "pasaporte" or "passport" or "p" => DocumentType.Passport,
        "documento_nacional" or "dpi" or "dni" or "dui" or "cedula" or "ine" or "curp" or "national_id" or "id" => DocumentType.NationalId,
        "partida_nacimiento" or "partida_de_nacimiento" or "acta_de_nacimiento" or "birth_certificate" => DocumentType.BirthCertificate,
        "consular" or "matricula_consular" or "consular_id" => DocumentType.ConsularId,
        "otro" or "other" => DocumentType.Other,
        _ => null,
    };

    /// <summary>A country given as alpha-2, alpha-3, or its name in Spanish or English.</summary>
    public static string? ParseCountry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Countries.Default.Find(text) is { } byCode)
        {
            return byCode.Alpha2;
        }
        var key = SearchKey.Name(text);
        return Countries.Default.All.FirstOrDefault(c => SearchKey.Name(c.NameEs) == key || SearchKey.Name(c.NameEn) == key)?.Alpha2;
    }

    /// <summary>
    /// Reads a birth given as a full date, a year alone (in the date field or its own), or an estimated age; exactly
    /// one form may be used. Returns <see cref="PersonBirth.Unknown"/> after recording the error in <paramref name="checks"/>.
    /// </summary>
    public static PersonBirth ParseBirth(string? date, int? year, int? estimatedAge, DateOnly today, Checks checks, string dateField, string yearField = "birthYear", string ageField = "estimatedAge")
    {
        var given = (string.IsNullOrWhiteSpace(date) ? 0 : 1) + (year is null ? 0 : 1) + (estimatedAge is null ? 0 : 1);
        if (given == 0)
        {
            checks.Add(dateField, "Validation.BirthRequired");
            return PersonBirth.Unknown;
        }
        if (given > 1)
        {
            checks.Add(dateField, "Validation.OneBirthForm");
            return PersonBirth.Unknown;
        }
        if (estimatedAge is { } age)
        {
            return checks.Range(ageField, age, 0, 120) ? PersonBirth.FromEstimatedAge(age, today) : PersonBirth.Unknown;
        }
        if (year is { } y)
        {
            return YearOnly(y, today, checks, yearField);
        }
        var text = date!.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var onlyYear))
        {
            return YearOnly(onlyYear, today, checks, dateField);
        }
        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            checks.Add(dateField, "Validation.DateFormat");
            return PersonBirth.Unknown;
        }
        if (d > today)
        {
            checks.Add(dateField, "Validation.DateInFuture");
            return PersonBirth.Unknown;
        }
        if (d.Year < OldestBirthYear)
        {
            checks.Add(dateField, "Validation.DateTooOld");
            return PersonBirth.Unknown;
        }
        return PersonBirth.Exact(d);
    }

    private static PersonBirth YearOnly(int year, DateOnly today, Checks checks, string field)
    {
        if (year > today.Year)
        {
            checks.Add(field, "Validation.DateInFuture");
            return PersonBirth.Unknown;
        }
        if (year < OldestBirthYear)
        {
            checks.Add(field, "Validation.DateTooOld");
            return PersonBirth.Unknown;
        }
        return PersonBirth.YearOnly(year);
    }

    /// <summary>The identifying fields, all required but the second surname; null (with the errors recorded) when they do not hold.</summary>
    public static PersonIdentity? ReadIdentity(Checks checks, PersonDetailsInput input, DateOnly today)
    {
        checks.Name("givenNames", input.GivenNames, required: true);
        checks.Name("firstSurname", input.FirstSurname, required: true);
        checks.Name("secondSurname", input.SecondSurname, required: false);
        checks.Enum("sex", input.Sex, required: true);
        checks.Country("nationality", input.Nationality, required: true);
        var birth = ParseBirth(input.BirthDate, input.BirthYear, input.EstimatedAge, today, checks, "birthDate");
        return checks.IsValid
            ? new PersonIdentity(input.GivenNames!, input.FirstSurname!, input.SecondSurname, input.Sex!.Value, birth, input.Nationality!.Trim().ToUpperInvariant())
            : null;
    }

    /// <summary>Origin by P-code, phone, languages and documents (a document without an issuing country takes the nationality).</summary>
    public static void ReadContact(Checks checks, PersonDetailsInput input, string? nationality, bool originRequired)
    {
        checks.Place("originAdm1", input.OriginAdm1, "originAdm2", input.OriginAdm2, required: originRequired);
        Phone(checks, "phone", input.Phone);
        for (var i = 0; i < input.Languages.Count; i++)
        {
            if (Languages.Default.Find(input.Languages[i]) is null)
            {
                checks.Add($"languages[{i}]", "Validation.UnknownLanguage");
            }
        }
        if (input.Documents.Count > 10)
        {
            checks.Add("documents", "Validation.Range", 0, 10);
            return;
        }
        for (var i = 0; i < input.Documents.Count; i++)
        {
            var d = input.Documents[i];
            checks.Enum($"documents[{i}].type", d.Type, required: true);
            DocumentNumber(checks, $"documents[{i}].number", d.Number);
            checks.Country($"documents[{i}].issuingCountry", d.IssuingCountry ?? nationality, required: true);
        }
    }

    public static bool DocumentNumber(Checks checks, string field, string? number)
    {
        var key = SearchKey.Document(number);
        if (number is null || number.Length > 40 || key.Length is < 3 or > 30 || number.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-' or '.' or '/')))
        {
            checks.Add(field, "Validation.DocumentNumber");
            return false;
        }
        return true;
    }

    public static bool Phone(Checks checks, string field, string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return true;
        }
        var digits = phone.Count(char.IsAsciiDigit);
        if (phone.Length > 25 || digits is < 6 or > 15 || phone.Any(ch => !(char.IsAsciiDigit(ch) || ch is ' ' or '-' or '+' or '(' or ')')))
        {
            checks.Add(field, "Validation.Phone");
            return false;
        }
        return true;
    }
}
