using System.Text;
using MiniExcelLibs;
using Reintegra.Reference;

namespace Reintegra.Synthetic.Tests;

public class ManifestTests
{
    private const string Header = "nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,nacionalidad,tipo_documento,numero_documento,observaciones";

    private static IReadOnlyList<Returnee> Convoy() =>
        new ReturneeGenerator(Samples.Options(21, "SV") with { Modes = ["land"] }).Arrivals(3).SelectMany(a => a.Returnees).ToList();

    [Fact]
    public void The_CSV_has_the_Spanish_header_and_reads_back_field_for_field()
    {
        var people = Convoy();
        var text = new StringWriter();
        ManifestWriter.WriteCsv(text, people);
        var rows = CsvText.Read(new StringReader(text.ToString())).ToList();
        Assert.Equal(Header, string.Join(',', rows[0].Fields));
        Assert.Equal(people.Count, rows.Count - 1);
        for (var i = 0; i < people.Count; i++)
        {
            Assert.Equal(ManifestWriter.Row(people[i]), rows[i + 1].Fields);
        }
    }

    [Fact]
    public void Values_follow_the_importer_s_conventions()
    {
        var rows = Convoy().Concat(Samples.ReRegistrations.Take(3_000)).Select(ManifestWriter.Row).ToList();
        Assert.All(rows, row =>
        {
            Assert.Contains(row[3], new[] { "F", "M" });
            Assert.Matches(@"^(\d{4}-\d{2}-\d{2}|\d{4}|)$", row[4]);
            Assert.Matches("^[A-Z]{2}$", row[5]);
            Assert.Contains(row[6], new[] { "", "pasaporte", "documento_nacional", "partida_nacimiento", "consular" });
            Assert.Equal(row[6].Length == 0, row[7].Length == 0);
        });
        Assert.Contains(rows, row => row[4].Length == 4);
        Assert.Contains(rows, row => row[8].Contains("edad estimada", StringComparison.Ordinal));
        Assert.Contains(rows, row => row[8].Contains("NNA", StringComparison.Ordinal));
    }

    [Fact]
    public void Accents_survive_a_UTF_8_file()
    {
        var people = Convoy();
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            ManifestWriter.WriteCsv(writer, people);
        }
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        Assert.Contains(people.First(p => p.FirstSurname.Any(c => c > 127)).FirstSurname, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_XLSX_reads_back_with_the_same_columns_and_text()
    {
        var people = Convoy();
        using var stream = new MemoryStream();
        ManifestWriter.WriteXlsx(stream, people);
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .ToList();
        Assert.Equal(people.Count, rows.Count);
        Assert.Equal(ManifestWriter.Columns, rows[0].Keys);
        for (var i = 0; i < people.Count; i++)
        {
            var expected = ManifestWriter.Row(people[i]);
            var actual = ManifestWriter.Columns.Select(c => rows[i][c]?.ToString() ?? "").ToArray();
            Assert.Equal(expected, actual);
        }
    }
}
