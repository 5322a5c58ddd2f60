using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Reintegra.Reference;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// Reads a manifest file (CSV in UTF-8 or Windows-1252, comma, semicolon or tab separated; or XLSX) into rows keyed
/// by canonical column names. Headers may be in Spanish or English, with or without accents.
/// A file that is not a manifest is refused as a whole with a reason; row problems are left to the importer.
/// </summary>
public static class ManifestReader
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;

    public static readonly string[] Columns =
        ["given_names", "first_surname", "second_surname", "sex", "birth_date", "age", "nationality", "document_type", "document_number", "notes"];

    public static readonly string[] RequiredColumns = ["given_names", "first_surname", "sex", "nationality"];

    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Values);

    public sealed record Sheet(IReadOnlyDictionary<string, string> HeaderLabels, IReadOnlyList<Row> Rows);

    /// <summary>Reads the file, or throws a <see cref="DomainException"/> saying why it is not a manifest.</summary>
    public static Sheet Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            throw new DomainException("Manifest.Empty");
        }
        if (buffer.Length > MaxBytes)
        {
            throw new DomainException("Manifest.TooLarge", MaxBytes / 1024 / 1024);
        }
        var bytes = buffer.ToArray();
        var records = IsZip(bytes) ? ReadXlsx(bytes) : ReadText(bytes);
        return ToSheet(records);
    }

    private static bool IsZip(byte[] b) => b.Length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;

    private static List<CsvRecord> ReadXlsx(byte[] bytes)
    {
        try
        {
            using var ms = new MemoryStream(bytes);
            var result = new List<CsvRecord>();
            var line = 0;
            foreach (IDictionary<string, object?> row in ms.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                var fields = row.Values.Select(CellText).ToArray();
                if (fields.Any(f => f.Length > 0))
                {
                    result.Add(new CsvRecord(line, fields));
                }
                if (result.Count > MaxRows + 1)
                {
                    throw new DomainException("Manifest.TooManyRows", MaxRows);
                }
            }
            return result;
        }
        catch (DomainException)
        {
            throw;
        }
        catch (Exception)
        {
            // A ZIP that is not a readable workbook (a .docx, a damaged file ...).
            throw new DomainException("Manifest.NotAManifest");
        }
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) => n.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static List<CsvRecord> ReadText(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Spreadsheets saved as CSV on Windows in the region are usually Windows-1252.
            text = Encoding.Latin1.GetString(bytes);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Contains('\0') || text.Count(char.IsControl) > text.Length / 20 + 10)
        {
            throw new DomainException("Manifest.NotAManifest");
        }
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end >= 0 ? text[..end] : text;
        var delimiter = new[] { ',', ';', '\t' }.OrderByDescending(d => firstLine.Count(c => c == d)).First();
        var records = new List<CsvRecord>();
        foreach (var record in CsvText.Read(new StringReader(text), delimiter))
        {
            records.Add(record);
            if (records.Count > MaxRows + 1)
            {
                throw new DomainException("Manifest.TooManyRows", MaxRows);
            }
        }
        return records;
    }

    private static Sheet ToSheet(List<CsvRecord> records)
    {
        if (records.Count == 0)
        {
            throw new DomainException("Manifest.Empty");
        }
        var header = records[0];
        var map = new Dictionary<int, string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (Synonyms.TryGetValue(HeaderKey(header.Fields[i]), out var column) && !labels.ContainsKey(column))
            {
                map[i] = column;
                labels[column] = header.Fields[i].Trim();
            }
        }
        var missing = RequiredColumns.Where(c => !labels.ContainsKey(c)).ToList();
        if (labels.Count == 0)
        {
            throw new DomainException("Manifest.NotAManifest");
        }
        if (missing.Count > 0)
        {
            throw new DomainException("Manifest.MissingColumns", string.Join(", ", missing.Select(c => Synonyms.First(s => s.Value == c).Key)));
        }
        var rows = new List<Row>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (index, column) in map)
            {
                values[column] = index < record.Fields.Count ? record.Fields[index].Trim() : "";
            }
            if (values.Values.Any(v => v.Length > 0))
            {
                rows.Add(new Row(record.LineNumber, values));
            }
        }
        if (rows.Count == 0)
        {
            throw new DomainException("Manifest.NoRows");
        }
        return new Sheet(labels, rows);
    }

    private static string HeaderKey(string header) =>
        SearchKey.Name(header).Replace(' ', '_');

    private static Dictionary<string, string> BuildSynonyms()
    {
        // The first name listed for each column is the Spanish one used in error messages.
        var byColumn = new Dictionary<string, string[]>
        {
            ["given_names"] = ["nombres", "nombre", "given_names", "given_name", "first_name", "first_names"],
            ["first_surname"] = ["primer_apellido", "apellido_paterno", "apellido1", "apellido", "first_surname", "surname", "last_name"],
            ["second_surname"] = ["segundo_apellido", "apellido_materno", "apellido2", "second_surname"],
            ["sex"] = ["sexo", "sex", "genero", "gender"],
            ["birth_date"] = ["fecha_nacimiento", "fecha_de_nacimiento", "nacimiento", "birth_date", "date_of_birth", "dob"],
            ["age"] = ["edad", "age", "edad_estimada"],
            ["nationality"] = ["nacionalidad", "nationality", "pais", "country"],
            ["document_type"] = ["tipo_documento", "tipo_de_documento", "document_type"],
            ["document_number"] = ["numero_documento", "numero_de_documento", "documento", "no_documento", "document_number", "document", "passport_number"],
            ["notes"] = ["observaciones", "notas", "notes", "remarks"],
        };
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, names) in byColumn)
        {
            foreach (var name in names)
            {
                result[name] = column;
            }
        }
        return result;
    }
}
