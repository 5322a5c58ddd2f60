using System.Text;

namespace Reintegra.Synthetic;

/// <summary>The ways a name gets spelled differently the next time it is written down.</summary>
internal static class Spelling
{
    /// <summary>Drops accents and the tilde (ñ → n), as US forms and hurried keyboards do; other characters stay.</summary>
    public static string StripAccents(string text)
    {
        var index = text.AsSpan().IndexOfAny("ÁÉÍÓÚÜÑáéíóúüñ");
        if (index < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'á' => 'a',
                    'é' => 'e',
                    'í' => 'i',
                    'ó' => 'o',
                    'ú' or 'ü' => 'u',
                    'ñ' => 'n',
                    'Á' => 'A',
                    'É' => 'E',
                    'Í' => 'I',
                    'Ó' => 'O',
                    'Ú' or 'Ü' => 'U',
                    'Ñ' => 'N',
                    var c => c,
                };
            }
        });
    }

    public static bool HasAccents(string? text) => text is not null && text.AsSpan().IndexOfAny("ÁÉÍÓÚÜÑáéíóúüñ") >= 0;

    /// <summary>
    /// Letters that sound alike in Central American Spanish: b/v, s/z/c (seseo), ll/y (yeísmo), silent h, g/j before e
    /// and i, and x read as j or s. Returns null when the name has none of them.
    /// </summary>
    public static string? PhoneticVariant(string name, Rng rng)
    {
        var found = new List<(int Index, int Length, string Replacement)>(4);
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var next = i + 1 < lower.Length ? lower[i + 1] : '\0';
            switch (c)
            {
                case 'b': found.Add((i, 1, "v")); break;
                case 'v': found.Add((i, 1, "b")); break;
                case 'z': found.Add((i, 1, "s")); break;
                case 's' when i > 0 && i == lower.Length - 1: found.Add((i, 1, "z")); break;
                case 'c' when next is 'e' or 'i': found.Add((i, 1, "s")); break;
                case 'l' when next == 'l': found.Add((i, 2, "y")); break;
                case 'y' when i > 0 && next is 'a' or 'e' or 'o' or 'u': found.Add((i, 1, "ll")); break;
                case 'h' when i == 0 || lower[i - 1] is ' ' or '-': found.Add((i, 1, "")); break;
                case 'g' when next is 'e' or 'i': found.Add((i, 1, "j")); break;
                case 'j' when next is 'e' or 'i': found.Add((i, 1, "g")); break;
                case 'x': found.Add((i, 1, i == 0 ? "j" : "s")); break;
                default: break;
            }
        }
        if (found.Count == 0)
        {
            return null;
        }
        var (index, length, replacement) = found[rng.Next(found.Count)];
        var builder = new StringBuilder(name.Length + 1);
        builder.Append(name, 0, index);
        if (replacement.Length > 0)
        {
            builder.Append(char.IsUpper(name[index]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement);
        }
        builder.Append(name, index + length, name.Length - index - length);
        var result = builder.ToString();
        // "Hernández" → "ernández": keep the capital on the new first letter.
        return result.Length > 0 && index == 0 && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    /// <summary>One edit: a neighbouring key, a dropped or doubled letter, or two letters swapped. Never on the first letter.</summary>
    public static string Typo(string name, Rng rng)
    {
        if (name.Length < 3)
        {
            return name;
        }
        var i = rng.Next(1, name.Length);
        var kind = rng.Next(4);
        var builder = new StringBuilder(name);
        switch (kind)
        {
            case 0:
                builder[i] = Neighbour(char.ToLowerInvariant(name[i]), rng);
                break;
            case 1:
                builder.Remove(i, 1);
                break;
            case 2:
                builder.Insert(i, char.ToLowerInvariant(name[i]));
                break;
            default:
                if (i == name.Length - 1)
                {
                    i--;
                }
                if (i < 1)
                {
                    builder.Remove(1, 1);
                    break;
                }
                (builder[i], builder[i + 1]) = (builder[i + 1], builder[i]);
                break;
        }
        var result = builder.ToString();
        return result == name ? (name.Length > 3 ? name.Remove(name.Length - 2, 1) : name + "a") : result;
    }

    private static readonly string[] Keyboard = ["qwertyuiop", "asdfghjklñ", "zxcvbnm"];

    private static char Neighbour(char c, Rng rng)
    {
        foreach (var row in Keyboard)
        {
            var at = row.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                var left = at > 0 ? row[at - 1] : row[at + 1];
                var right = at < row.Length - 1 ? row[at + 1] : row[at - 1];
                return rng.Chance(0.5) ? left : right;
            }
        }
        return (char)('a' + rng.Next(26));
    }
}
