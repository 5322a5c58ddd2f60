using System.Collections.Frozen;

namespace Reintegra.Reference;

public sealed record Country(string Alpha2, string Alpha3, string NameEn, string NameEs)
{
    public string Name(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameEs;
}

/// <summary>ISO 3166-1 countries with English and Spanish names, from Debian's iso-codes 4.15.0.</summary>
public sealed class Countries
{
    private readonly FrozenDictionary<string, Country> _byCode;

    public static Countries Default { get; } = new();

    public IReadOnlyList<Country> All { get; }

    private Countries()
    {
        All = CsvText.ReadEmbedded("countries.csv")
            .Select(r => new Country(r["alpha2"], r["alpha3"], r["name_en"], r["name_es"]))
            .ToArray();
        var map = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in All)
        {
            map[c.Alpha2] = c;
            map[c.Alpha3] = c;
        }
        _byCode = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Finds a country by its alpha-2 or alpha-3 code, in any case.</summary>
    public Country? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var c) ? c : null;
}
