using System.Collections.Frozen;

namespace Reintegra.Reference;

public sealed record Language(string Code, string NameEn, string NameEs)
{
    public string Name(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameEs;
}

/// <summary>The languages returnees in the region speak (ISO 639-3 codes): Spanish, Mayan languages, Garifuna, Miskito, Nawat ...</summary>
public sealed class Languages
{
    private readonly FrozenDictionary<string, Language> _byCode;

    public static Languages Default { get; } = new();

    public IReadOnlyList<Language> All { get; }

    private Languages()
    {
        All = CsvText.ReadEmbedded("languages.csv")
            .Select(r => new Language(r["code"], r["name_en"], r["name_es"]))
            .ToArray();
        _byCode = All.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
    }

    public Language? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var l) ? l : null;
}
