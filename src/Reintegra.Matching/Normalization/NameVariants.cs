using System.Collections.Frozen;

namespace Reintegra.Matching.Normalization;

/// <summary>
/// The curated list of given-name variants, nicknames and abbreviations (Data/name-variants.txt).
/// A group is named after its canonical given name; a nickname may belong to several groups ("beto").
/// </summary>
internal sealed class NameVariants
{
    private readonly FrozenDictionary<string, int[]> _groupsByName;
    private readonly FrozenDictionary<string, string> _givenAbbreviations;
    private readonly FrozenDictionary<string, string> _surnameAbbreviations;
    private readonly string[] _canonical;

    public static NameVariants Default { get; } = Load();

    private NameVariants(
        Dictionary<string, List<int>> groups,
        List<string> canonical,
        Dictionary<string, string> givenAbbreviations,
        Dictionary<string, string> surnameAbbreviations)
    {
        _groupsByName = groups.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().Order().ToArray());
        _canonical = [.. canonical];
        _givenAbbreviations = givenAbbreviations.ToFrozenDictionary();
        _surnameAbbreviations = surnameAbbreviations.ToFrozenDictionary();
    }

    public int GroupCount => _canonical.Length;

    /// <summary>The groups a folded given name belongs to; empty when it is in none.</summary>
    public int[] GroupsOf(string name) => _groupsByName.TryGetValue(name, out var groups) ? groups : [];

    public string CanonicalOf(int group) => _canonical[group];

    public string? ExpandGiven(string token) => _givenAbbreviations.GetValueOrDefault(token);

    public string? ExpandSurname(string token) => _surnameAbbreviations.GetValueOrDefault(token);

    internal static NameVariants Parse(TextReader reader)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var canonical = new List<string>();
        var groupOfCanonical = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var surname = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = "";

        int GroupFor(string name)
        {
            if (!groupOfCanonical.TryGetValue(name, out var g))
            {
                g = canonical.Count;
                canonical.Add(name);
                groupOfCanonical[name] = g;
                Join(name, g);
            }

            return g;
        }

        void Join(string name, int g)
        {
            if (!groups.TryGetValue(name, out var list))
            {
                groups[name] = list = [];
            }

            list.Add(g);
        }

        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }

            var eq = line.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            var head = line[..eq].Trim();
            var variants = line[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case "given":
                    // A compound canonical ("jose maria" = chema) makes the nickname a variant of each part.
                    var parts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var ids = parts.Select(GroupFor).ToArray();
                    foreach (var v in variants)
                    {
                        foreach (var g in ids)
                        {
                            Join(v, g);
                        }
                    }

                    break;
                case "given-abbreviations":
                    foreach (var v in variants)
                    {
                        given[v] = head;
                    }

                    break;
                case "surname-abbreviations":
                    foreach (var v in variants)
                    {
                        surname[v] = head;
                    }

                    break;
            }
        }

        return new NameVariants(groups, canonical, given, surname);
    }

    private static NameVariants Load()
    {
        using var stream = typeof(NameVariants).Assembly.GetManifestResourceStream("Reintegra.Matching.name-variants.txt")
            ?? throw new InvalidOperationException("The name-variants list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
