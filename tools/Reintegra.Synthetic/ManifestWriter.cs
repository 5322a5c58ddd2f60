using System.Globalization;
using MiniExcelLibs;

namespace Reintegra.Synthetic;

/// <summary>
/// Writes the manifest that announces an arrival, in the format the web app's importer reads: Spanish header, one row per
/// person, dates as yyyy-MM-dd (or the year alone when only the year is known), blank where nothing is known.
/// </summary>
public static class ManifestWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "nombres", "primer_apellido", "segundo_apellido", "sexo", "fecha_nacimiento", "nacionalidad",
        "tipo_documento", "numero_documento", "observaciones",
    ];

    /// <summary>Comma-separated, RFC 4180 quoting. The caller's writer decides the encoding; use UTF-8.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<Returnee> returnees)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(returnees);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var returnee in returnees)
        {
            var row = Row(returnee);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }
                WriteField(writer, row[i]);
            }
            writer.Write('\n');
        }
    }

    /// <summary>One sheet named "manifiesto", the same columns as the CSV, every cell text (document numbers keep their leading zeros).</summary>
    public static void WriteXlsx(Stream stream, IEnumerable<Returnee> returnees)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(returnees);
        var rows = returnees.Select(r =>
        {
            var values = Row(r);
            var row = new Dictionary<string, object>(Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < values.Length; i++)
            {
                row[Columns[i]] = values[i];
            }
            return row;
        });
        MiniExcel.SaveAs(stream, rows, sheetName: "manifiesto", excelType: ExcelType.XLSX);
    }

    /// <summary>The manifest's values for one person, in column order.</summary>
    public static string[] Row(Returnee returnee)
    {
        ArgumentNullException.ThrowIfNull(returnee);
        var document = returnee.Documents.Count > 0 ? returnee.Documents[0] : null;
        return
        [
            returnee.GivenNames,
            returnee.FirstSurname,
            returnee.SecondSurname ?? "",
            returnee.Sex.ToString(),
            returnee.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                ?? returnee.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            returnee.Nationality,
            document is null ? "" : DocumentType(document.Type),
            document?.Number ?? "",
            Remarks(returnee),
        ];
    }

    public static string DocumentType(string type) => type switch
    {
        "passport" => "pasaporte",
        "national_id" => "documento_nacional",
        "birth_certificate" => "partida_nacimiento",
        "consular_id" => "consular",
        _ => type,
    };

    private static string Remarks(Returnee returnee)
    {
        var parts = new List<string>(3);
        if (returnee.EstimatedAge is { } age)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"edad estimada {age}"));
        }
        switch (returnee.ChildStatus)
        {
            case "unaccompanied":
                parts.Add("NNA no acompañado");
                break;
            case "separated":
                parts.Add("NNA separado");
                break;
            case "accompanied":
                parts.Add("NNA acompañado");
                break;
            default:
                break;
        }
        if (returnee.Vulnerabilities.Contains(VulnerabilityCodes.Pregnant))
        {
            parts.Add("embarazada");
        }
        return string.Join("; ", parts);
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
