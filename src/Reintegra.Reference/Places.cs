using System.Collections.Frozen;

namespace Reintegra.Reference;

/// <summary>An administrative unit with its OCHA P-code: level 1 is a department or state, level 2 a municipality.</summary>
public sealed record Place(string PCode, string Name, int Level, string CountryAlpha2, string? ParentPCode);

/// <summary>
/// Admin-1 and admin-2 P-codes for Mexico and Central America (OCHA COD-AB snapshot of the HDX Global P-Code List).
/// Names are ASCII as published; P-codes are the keys everywhere else in the platform.
/// </summary>
public sealed class Places
{
    private readonly FrozenDictionary<string, Place> _byCode;
    private readonly FrozenDictionary<string, Place[]> _children;
    private readonly FrozenDictionary<string, Place[]> _admin1ByCountry;

    public static Places Default { get; } = new();

    public IReadOnlyList<Place> All { get; }

    private Places()
    {
        var countries = Countries.Default;
        All = CsvText.ReadEmbedded("pcodes_adm1_adm2_region.csv")
            .Select(r =>
            {
                var level = int.Parse(r["Admin Level"], System.Globalization.CultureInfo.InvariantCulture);
                var country = countries.Find(r["Location"])?.Alpha2
                    ?? throw new InvalidOperationException($"Unknown country {r["Location"]} in the P-code list.");
                return new Place(r["P-Code"], r["Name"], level, country, level == 1 ? null : r["Parent P-Code"]);
            })
            .ToArray();
        _byCode = All.ToFrozenDictionary(p => p.PCode, StringComparer.OrdinalIgnoreCase);
        _children = All.Where(p => p.ParentPCode is not null)
            .GroupBy(p => p.ParentPCode!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
        _admin1ByCountry = All.Where(p => p.Level == 1)
            .GroupBy(p => p.CountryAlpha2)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public Place? Find(string? pcode) =>
        pcode is not null && _byCode.TryGetValue(pcode.Trim(), out var p) ? p : null;

    public IReadOnlyList<Place> Admin1(string countryAlpha2) =>
        _admin1ByCountry.TryGetValue(countryAlpha2, out var list) ? list : [];

    public IReadOnlyList<Place> Admin2(string admin1PCode) =>
        _children.TryGetValue(admin1PCode, out var list) ? list : [];

    /// <summary>The countries that have P-codes in the reference list.</summary>
    public IEnumerable<string> CountriesCovered => _admin1ByCountry.Keys;
}
