using System.Collections.Frozen;

namespace Reintegra.Reference;

/// <summary>An ISCO-08 group: 1 digit (major group), 2 (sub-major group) or 4 (unit group).</summary>
public sealed record Occupation(string Code, string NameEn, string NameEs)
{
    public bool IsUnitGroup => Code.Length == 4;

    public string MajorGroup => Code[..1];

    public string Name(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameEs;
}

/// <summary>
/// The International Standard Classification of Occupations (ISCO-08, ILO): major, sub-major and unit groups with
/// English titles as published by the ILO and working Spanish titles (to be replaced by the official CIUO-08 text).
/// Skills and occupations in case assessments are recorded as unit groups.
/// </summary>
public sealed class Occupations
{
    private readonly FrozenDictionary<string, Occupation> _byCode;

    public static Occupations Default { get; } = new();

    public IReadOnlyList<Occupation> All { get; }

    public IReadOnlyList<Occupation> UnitGroups { get; }

    private Occupations()
    {
        All = CsvText.ReadEmbedded("isco08.csv")
            .Select(r => new Occupation(r["code"], r["name_en"], r["name_es"]))
            .ToArray();
        UnitGroups = All.Where(o => o.IsUnitGroup).ToArray();
        _byCode = All.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
    }

    public Occupation? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var o) ? o : null;
}
