using System.Globalization;
using Parquet;

namespace Reintegra.Matching.Bench.Data;

/// <summary>Readers of the public linkage sets in bench/data/linkage (see its README for sources and licences).</summary>
internal static class PublicSets
{
    private static readonly string[] States = ["act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa"];

    public static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "data", "linkage");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("bench/data/linkage not found above " + AppContext.BaseDirectory);
    }

    /// <summary>FEBRL: given name, surname, date of birth, social security number, and state + postcode as the origin code.</summary>
    public static LabelledSet Febrl(string file)
    {
        var records = new List<LabelledRecord>();
        foreach (var line in File.ReadLines(Path.Combine(DataDirectory(), file)).Skip(1))
        {
            var f = line.Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length < 11)
            {
                continue;
            }

            var recId = f[0];
            var person = recId.Split('-')[1];
            var state = Array.IndexOf(States, f[8]);
            var origin = state >= 0 && f[7].Length > 0 ? $"AU{state + 1:00}{f[7]}" : null;
            records.Add(new(new IdentityRecord(recId)
            {
                GivenNames = f[1],
                FirstSurname = f[2],
                BirthDate = ParseCompactDate(f[9]),
                OriginPcode = origin,
                Documents = f[10].Length > 0 ? [new IdentityDocument("ssn", f[10])] : [],
            }, person));
        }

        return new(Path.GetFileNameWithoutExtension(file), records);
    }

    /// <summary>Splink's fake_1000: first name, surname, date of birth, city as origin, e-mail as a document.</summary>
    public static LabelledSet Fake1000()
    {
        var records = new List<LabelledRecord>();
        foreach (var line in File.ReadLines(Path.Combine(DataDirectory(), "fake_1000.csv")).Skip(1))
        {
            var f = line.Split(',');
            records.Add(new(new IdentityRecord("f" + f[0])
            {
                GivenNames = f[1],
                FirstSurname = f[2],
                BirthDate = ParseIsoDate(f[3]),
                OriginPcode = f[4].Length > 0 ? "XX00" + f[4] : null,
                Documents = f[5].Length > 0 ? [new IdentityDocument("email", f[5])] : [],
            }, f[6]));
        }

        return new("fake_1000", records);
    }

    /// <summary>Splink's historical_50k (Wikidata people with errors): first name, surname, date of birth, sex, fake postcode as origin.</summary>
    public static async Task<LabelledSet> Historical50k()
    {
        using var stream = File.OpenRead(Path.Combine(DataDirectory(), "historical_figures_with_errors_50k.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var records = new List<LabelledRecord>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            async Task<string?[]> Read(string name)
            {
                var values = new string?[n];
                if (fields.TryGetValue(name, out var field))
                {
                    if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
                    {
                        var buffer = new string?[n];
                        await group.ReadAsync(field, buffer.AsMemory(), null);
                        return buffer;
                    }

                    if (field.ClrType == typeof(long))
                    {
                        var buffer = new long?[n];
                        await group.ReadAsync<long>(field, buffer.AsMemory(), null);
                        return buffer.Select(v => v?.ToString(CultureInfo.InvariantCulture)).ToArray();
                    }

                    if (field.ClrType == typeof(DateTime))
                    {
                        var buffer = new DateTime?[n];
                        await group.ReadAsync<DateTime>(field, buffer.AsMemory(), null);
                        return buffer.Select(v => v?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
                    }

                    if (field.ClrType == typeof(DateOnly))
                    {
                        var buffer = new DateOnly?[n];
                        await group.ReadAsync<DateOnly>(field, buffer.AsMemory(), null);
                        return buffer.Select(v => v?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
                    }

                    throw new NotSupportedException($"{name}: {field.ClrType}");
                }

                return values;
            }

            var ids = await Read("unique_id");
            var clusters = await Read("cluster");
            var first = await Read("first_name");
            var surname = await Read("surname");
            var dob = await Read("dob");
            var gender = await Read("gender");
            var postcode = await Read("postcode_fake");
            for (var i = 0; i < n; i++)
            {
                records.Add(new(new IdentityRecord("h" + ids[i])
                {
                    GivenNames = first[i],
                    FirstSurname = surname[i],
                    BirthDate = ParseIsoDate(dob[i]),
                    Sex = gender[i] switch { "male" => Sex.Male, "female" => Sex.Female, _ => Sex.Unknown },
                    OriginPcode = string.IsNullOrEmpty(postcode[i]) ? null : "XX00" + postcode[i],
                }, clusters[i] ?? ids[i]!));
            }
        }

        return new("historical_50k", records);
    }

    private static BirthDate ParseCompactDate(string value) =>
        value.Length == 8 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? new BirthDate(d / 10000, d / 100 % 100, d % 100)
            : default;

    private static BirthDate ParseIsoDate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 4)
        {
            return default;
        }

        var parts = value.Split('-');
        int Part(int i) => i < parts.Length && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return new BirthDate(Part(0), Part(1), Part(2));
    }
}
