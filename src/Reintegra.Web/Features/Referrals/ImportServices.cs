using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Reference;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>
/// Imports the service directory from CSV (UTF-8 or Windows-1252; comma, semicolon or tab). Headers and values may
/// be in Spanish or English. Each bad row is reported with its line and reasons while good rows are kept; a service
/// already in the directory (same institution and name) is updated, so importing the same file twice adds nothing.
/// </summary>
public sealed class ImportServices(AppDbContext db, IStringLocalizer<SharedText> text, TimeProvider clock, AuditLog audit)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 2000;

    public sealed record RowError(int Line, IReadOnlyList<string> Errors);

    public sealed record Result(int Rows, int Created, int Updated, IReadOnlyList<RowError> Rejected);

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["institution"] = ["institucion", "institution", "proveedor", "provider"],
        ["name"] = ["nombre", "servicio", "name", "service"],
        ["category"] = ["categoria", "category", "tipo"],
        ["description"] = ["descripcion", "description"],
        ["pcodes"] = ["pcodigos", "p_codigos", "cobertura", "pcodes", "p_codes", "coverage"],
        ["min_age"] = ["edad_minima", "min_age"],
        ["max_age"] = ["edad_maxima", "max_age"],
        ["sex"] = ["sexo", "sex"],
        ["vulnerabilities"] = ["vulnerabilidades", "vulnerabilities"],
        ["languages"] = ["idiomas", "languages"],
        ["phone"] = ["telefono", "phone"],
        ["email"] = ["correo", "correo_electronico", "email"],
        ["address"] = ["direccion", "address"],
        ["capacity"] = ["capacidad", "capacity", "cupos"],
        ["active"] = ["activo", "active"],
    };

    private static readonly Dictionary<string, ServiceCategory> CategoryWords = BuildCategories();

    private static readonly Dictionary<string, Vulnerability> VulnerabilityWords = BuildVulnerabilities();

    public async Task<Result> ImportAsync(Stream file, CancellationToken ct)
    {
        var records = ReadFile(file);
        var header = records[0];
        var map = new Dictionary<int, string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var key = SearchKey.Name(header.Fields[i]).Replace(' ', '_');
            var column = Columns.FirstOrDefault(c => c.Value.Contains(key)).Key;
            if (column is not null && !labels.ContainsKey(column))
            {
                map[i] = column;
                labels[column] = header.Fields[i].Trim();
            }
        }
        var missing = new[] { "institution", "name", "category" }.Where(c => !labels.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw FileError("Services.MissingColumns", string.Join(", ", missing.Select(c => Columns[c][0])));
        }
        // Field errors are keyed like the API's; the report names them by the file's own headers.
        var fieldLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["institutionId"] = labels["institution"],
            ["name"] = labels["name"],
            ["category"] = labels["category"],
        };
        foreach (var (api, column) in new[] { ("description", "description"), ("minAge", "min_age"), ("maxAge", "max_age"), ("sex", "sex"),
                     ("vulnerabilities", "vulnerabilities"), ("phone", "phone"), ("email", "email"), ("address", "address"), ("capacity", "capacity") })
        {
            if (labels.TryGetValue(column, out var label))
            {
                fieldLabels[api] = label;
            }
        }

        foreach (var (api, column) in new[] { ("pCodes", "pcodes"), ("languages", "languages") })
        {
            if (labels.TryGetValue(column, out var label))
            {
                fieldLabels[api] = label;
                foreach (var i in Enumerable.Range(0, 400))
                {
                    fieldLabels[$"{api}[{i}]"] = label;
                }
            }
        }

        var institutions = (await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.Name }).ToListAsync(ct))
            .GroupBy(i => SearchKey.Name(i.Name)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var existing = await db.Services.Include(s => s.Areas).ToListAsync(ct);
        var seen = new Dictionary<(Guid, string), int>();
        var rejected = new List<RowError>();
        int created = 0, updated = 0, rows = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var record in records.Skip(1))
        {
            var values = map.ToDictionary(m => m.Value, m => m.Key < record.Fields.Count ? record.Fields[m.Key].Trim() : "", StringComparer.Ordinal);
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }
            rows++;
            var checks = new Checks(text);
            var input = ReadRow(values, institutions, checks);
            var details = ServiceDirectory.Read(input, checks);
            if (details is null || !checks.IsValid)
            {
                rejected.Add(new RowError(record.LineNumber, checks.Messages(fieldLabels)));
                continue;
            }
            var key = (details.InstitutionId, SearchKey.Name(details.Name));
            if (seen.TryGetValue(key, out var firstLine))
            {
                rejected.Add(new RowError(record.LineNumber, [text["Services.DuplicateRow", firstLine]]));
                continue;
            }
            seen[key] = record.LineNumber;
            var service = existing.FirstOrDefault(s => s.InstitutionId == key.Item1 && s.SearchName == key.Item2);
            if (service is null)
            {
                db.Services.Add(new Service(details, now));
                created++;
            }
            else
            {
                service.Update(details, now);
                updated++;
            }
        }
        audit.Add(AuditActions.Imported, nameof(Service), "directory", null, $"rows={rows};created={created};updated={updated};rejected={rejected.Count}");
        await db.SaveChangesAsync(ct);
        return new Result(rows, created, updated, rejected);
    }

    private ServiceDirectory.ServiceInput ReadRow(Dictionary<string, string> v, Dictionary<string, Guid> institutions, Checks checks)
    {
        string? Get(string column) => v.TryGetValue(column, out var s) && s.Length > 0 ? s : null;
        var input = new ServiceDirectory.ServiceInput
        {
            Name = Get("name"),
            Description = Get("description"),
            Phone = Get("phone"),
            Email = Get("email"),
            Address = Get("address"),
            PCodes = List(Get("pcodes")).Select(p => p.ToUpperInvariant()).ToList(),
            Languages = List(Get("languages")).Select(l => l.ToLowerInvariant()).ToList(),
        };
        if (Get("institution") is { } institution)
        {
            if (institutions.TryGetValue(SearchKey.Name(institution), out var id))
            {
                input.InstitutionId = id;
            }
            else
            {
                checks.Add("institutionId", "Services.UnknownInstitution");
                input.InstitutionId = Guid.Empty;
            }
        }
        if (Get("category") is { } category)
        {
            if (CategoryWords.TryGetValue(SearchKey.Name(category), out var c))
            {
                input.Category = c;
            }
            else
            {
                checks.Add("category", "Validation.UnknownOption");
                input.Category = ServiceCategory.Other;
            }
        }
        input.MinAge = Number(Get("min_age"), "minAge", checks);
        input.MaxAge = Number(Get("max_age"), "maxAge", checks);
        input.Capacity = Number(Get("capacity"), "capacity", checks);
        if (Get("sex") is { } sex)
        {
            input.Sex = PersonFields.ParseSex(sex);
            if (input.Sex is null)
            {
                checks.Add("sex", "Validation.UnknownOption");
            }
        }
        foreach (var word in List(Get("vulnerabilities"), splitOnSpace: false))
        {
            if (VulnerabilityWords.TryGetValue(SearchKey.Name(word), out var vul))
            {
                input.Vulnerabilities.Add(vul);
            }
            else
            {
                checks.Add("vulnerabilities", "Validation.UnknownOption");
            }
        }
        input.IsActive = SearchKey.Name(Get("active")) is not ("no" or "false" or "0" or "inactivo" or "inactive");
        return input;
    }

    private static int? Number(string? s, string field, Checks checks)
    {
        if (s is null)
        {
            return null;
        }
        if (int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        checks.Add(field, "Services.NotANumber");
        return null;
    }

    private static IEnumerable<string> List(string? s, bool splitOnSpace = true) =>
        s is null ? [] : s.Split(splitOnSpace ? [';', '|', ',', ' '] : [';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private List<CsvRecord> ReadFile(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            throw FileError("Domain.Manifest.Empty");
        }
        if (buffer.Length > MaxBytes)
        {
            throw FileError("Domain.Manifest.TooLarge", MaxBytes / 1024 / 1024);
        }
        var bytes = buffer.ToArray();
        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            content = Encoding.Latin1.GetString(bytes);
        }
        content = content.TrimStart('\uFEFF');
        if (content.Contains('\0'))
        {
            throw FileError("Services.NotADirectory");
        }
        var end = content.IndexOfAny(['\r', '\n']);
        var first = end >= 0 ? content[..end] : content;
        var delimiter = new[] { ',', ';', '\t' }.OrderByDescending(d => first.Count(c => c == d)).First();
        var records = new List<CsvRecord>();
        foreach (var r in CsvText.Read(new StringReader(content), delimiter))
        {
            records.Add(r);
            if (records.Count > MaxRows + 1)
            {
                throw FileError("Domain.Manifest.TooManyRows", MaxRows);
            }
        }
        if (records.Count < 2)
        {
            throw FileError("Domain.Manifest.NoRows");
        }
        return records;
    }

    private InputValidationException FileError(string key, params object[] args) =>
        new(new Dictionary<string, string[]> { ["file"] = [text[key, args]] });

    private static Dictionary<string, ServiceCategory> BuildCategories()
    {
        var words = new Dictionary<ServiceCategory, string[]>
        {
            [ServiceCategory.Health] = ["salud", "health"],
            [ServiceCategory.MentalHealthPsychosocial] = ["salud mental", "psicosocial", "salud mental y apoyo psicosocial", "mental health", "psychosocial"],
            [ServiceCategory.Education] = ["educacion", "education"],
            [ServiceCategory.Employment] = ["empleo", "employment", "trabajo"],
            [ServiceCategory.VocationalTraining] = ["formacion profesional", "formacion tecnica", "capacitacion", "vocational training", "training"],
            [ServiceCategory.SkillsCertification] = ["certificacion", "certificacion de competencias", "skills certification", "certification"],
            [ServiceCategory.Housing] = ["vivienda", "housing", "albergue"],
            [ServiceCategory.IdentityDocuments] = ["documentos", "documentos de identidad", "identificacion", "identity documents", "documents"],
            [ServiceCategory.LegalAid] = ["asistencia legal", "asesoria legal", "asistencia juridica", "legal aid", "legal"],
            [ServiceCategory.ChildProtection] = ["proteccion de la ninez", "proteccion infantil", "proteccion de ninez", "child protection"],
            [ServiceCategory.MicroEnterpriseFinance] = ["microempresa", "microfinanzas", "emprendimiento", "micro enterprise finance", "microenterprise"],
            [ServiceCategory.SocialProtection] = ["proteccion social", "social protection"],
            [ServiceCategory.Other] = ["otro", "otros", "other"],
        };
        var result = new Dictionary<string, ServiceCategory>(StringComparer.Ordinal);
        foreach (var (category, list) in words)
        {
            result[SearchKey.Name(category.ToString())] = category;
            foreach (var w in list)
            {
                result[w] = category;
            }
        }
        return result;
    }

    private static Dictionary<string, Vulnerability> BuildVulnerabilities()
    {
        var words = new Dictionary<Vulnerability, string[]>
        {
            [Vulnerability.PregnantWoman] = ["embarazada", "mujer embarazada"],
            [Vulnerability.WomanWithInfant] = ["mujer con lactante", "lactante"],
            [Vulnerability.Disability] = ["discapacidad", "persona con discapacidad"],
            [Vulnerability.SeriousMedicalCondition] = ["condicion medica grave", "enfermedad grave"],
            [Vulnerability.MentalHealthCondition] = ["salud mental"],
            [Vulnerability.OlderPerson] = ["persona mayor", "adulto mayor"],
            [Vulnerability.Indigenous] = ["indigena", "persona indigena"],
            [Vulnerability.SingleParent] = ["madre o padre solo", "jefa de hogar"],
            [Vulnerability.UnaccompaniedChild] = ["nna no acompanado", "no acompanado"],
            [Vulnerability.SeparatedChild] = ["nna separado", "separado"],
        };
        var result = new Dictionary<string, Vulnerability>(StringComparer.Ordinal);
        foreach (var (v, list) in words)
        {
            result[SearchKey.Name(v.ToString())] = v;
            foreach (var w in list)
            {
                result[w] = v;
            }
        }
        return result;
    }
}
