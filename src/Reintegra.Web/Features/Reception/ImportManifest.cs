using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// Imports the manifest of an announced arrival. Every row is checked; a bad row is reported with its line and
/// reasons while the good rows are kept, all in one transaction. Importing the same file again adds nothing.
/// </summary>
public sealed class ImportManifest(AppDbContext db, CurrentUser me, IStringLocalizer<SharedText> text, LocalTime time, TimeProvider clock, AuditLog audit)
{
    public sealed record RowError(int Line, IReadOnlyList<string> Errors);

    public sealed record Result(int Rows, int Imported, int AlreadyImported, IReadOnlyList<RowError> Rejected);

    /// <returns>null when the arrival is not the user's institution's.</returns>
    public async Task<Result?> ImportAsync(Guid arrivalId, Stream file, CancellationToken ct)
    {
        var arrival = await db.Arrivals.FirstOrDefaultAsync(a => a.Id == arrivalId && a.InstitutionId == me.InstitutionId, ct);
        if (arrival is null)
        {
            return null;
        }
        arrival.EnsureOpen();
        ManifestReader.Sheet sheet;
        try
        {
            sheet = ManifestReader.Read(file);
        }
        catch (DomainException e)
        {
            // A file that is not a manifest at all is bad input to the "file" field, not a broken business rule.
            throw new InputValidationException(new Dictionary<string, string[]> { ["file"] = [text["Domain." + e.Code, [.. e.Arguments]]] });
        }
        var today = time.Today;
        var existing = (await db.ManifestEntries.Where(e => e.ArrivalId == arrivalId).Select(e => e.RowKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var seenInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejected = new List<RowError>();
        var imported = 0;
        var already = 0;
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var row in sheet.Rows)
        {
            var checks = new Checks(text);
            var person = ReadRow(row, checks, today);
            if (person is null)
            {
                rejected.Add(new RowError(row.Line, checks.Messages(sheet.HeaderLabels)));
                continue;
            }
            var key = RowKey(person);
            if (seenInFile.TryGetValue(key, out var firstLine))
            {
                rejected.Add(new RowError(row.Line, [text["Manifest.DuplicateRow", firstLine]]));
                continue;
            }
            seenInFile[key] = row.Line;
            if (existing.Contains(key))
            {
                already++;
                continue;
            }
            db.ManifestEntries.Add(new ManifestEntry(arrivalId, row.Line, key, person, now));
            imported++;
        }

        audit.Add(AuditActions.Imported, nameof(Arrival), arrivalId.ToString(), null, $"rows={sheet.Rows.Count};imported={imported};already={already};rejected={rejected.Count}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another officer imported the same rows at the same moment: the unique key kept one copy.
            throw new DomainException("Manifest.ConcurrentImport");
        }
        return new Result(sheet.Rows.Count, imported, already, rejected);
    }

    private static ManifestPerson? ReadRow(ManifestReader.Row row, Checks checks, DateOnly today)
    {
        string Get(string column) => row.Values.TryGetValue(column, out var v) ? v : "";
        checks.Name("given_names", Get("given_names"), required: true);
        checks.Name("first_surname", Get("first_surname"), required: true);
        checks.Name("second_surname", Get("second_surname"), required: false);
        var sex = PersonFields.ParseSex(Get("sex"));
        if (sex is null)
        {
            checks.Add("sex", string.IsNullOrWhiteSpace(Get("sex")) ? "Validation.Required" : "Validation.UnknownOption");
        }
        var ageText = Get("age");
        int? age = null;
        if (ageText.Length > 0)
        {
            if (int.TryParse(ageText, out var a))
            {
                age = a;
            }
            else
            {
                checks.Add("age", "Validation.Range", 0, 120);
            }
        }
        var birth = ageText.Length > 0 && Get("birth_date").Length == 0
            ? PersonFields.ParseBirth(null, null, age, today, checks, "birth_date", ageField: "age")
            : PersonFields.ParseBirth(Get("birth_date"), null, null, today, checks, "birth_date");
        var nationality = PersonFields.ParseCountry(Get("nationality"));
        if (nationality is null)
        {
            checks.Add("nationality", string.IsNullOrWhiteSpace(Get("nationality")) ? "Validation.Required" : "Validation.UnknownCountry");
        }
        DocumentType? docType = null;
        var number = Get("document_number");
        if (number.Length > 0)
        {
            PersonFields.DocumentNumber(checks, "document_number", number);
            docType = Get("document_type").Length == 0 ? DocumentType.Other : PersonFields.ParseDocumentType(Get("document_type"));
            if (docType is null)
            {
                checks.Add("document_type", "Validation.UnknownOption");
            }
        }
        checks.Text("notes", Get("notes"), 300);
        if (!checks.IsValid)
        {
            return null;
        }
        return new ManifestPerson(Get("given_names"), Get("first_surname"), NullIfEmpty(Get("second_surname")), sex!.Value, birth,
            nationality!, docType, NullIfEmpty(number), NullIfEmpty(Get("notes")));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>The identifying content of a row, normalised, hashed: the same person listed again gives the same key.</summary>
    private static string RowKey(ManifestPerson p)
    {
        var canonical = string.Join('|',
            SearchKey.Name(p.GivenNames), SearchKey.Name(p.FirstSurname), SearchKey.Name(p.SecondSurname), p.Sex,
            p.Birth.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? p.Birth.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.NationalityCode, SearchKey.Document(p.DocumentNumber));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
