using System.Text;

namespace Reintegra.Reference;

/// <summary>One record of delimited text, with the physical line on which it starts (1-based).</summary>
public sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>
/// An RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks.
/// Shared by the embedded reference files and by imports, which need line numbers for their errors.
/// </summary>
public static class CsvText
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }
                    field.Append(ch);
                }
                continue;
            }

            if (ch == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return new CsvRecord(recordLine, fields.ToArray());
                }
                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(ch);
                fieldStarted = true;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields.ToArray());
        }
    }

    internal static IEnumerable<Dictionary<string, string>> ReadEmbedded(string name)
    {
        using var stream = typeof(CsvText).Assembly.GetManifestResourceStream("Reintegra.Reference." + name)
            ?? throw new InvalidOperationException($"Embedded reference file {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string[]? header = null;
        foreach (var record in Read(reader))
        {
            if (header is null)
            {
                header = [.. record.Fields];
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < record.Fields.Count ? record.Fields[i] : "";
            }
            yield return row;
        }
    }
}
