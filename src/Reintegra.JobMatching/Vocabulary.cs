using System.Globalization;
using System.Text;

namespace Reintegra.JobMatching;

/// <summary>
/// Turns the words the engine compares (skills, languages, P-codes) into small integers once, so that scoring compares
/// integers. Skills are compared without case or accents ("Soldadura" = "soldadura", "electricidad" = "Electricidád").
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public int Add(string? word)
    {
        var key = Normalize(word);
        if (key.Length == 0)
        {
            return -1;
        }
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _ids.Count;
            _ids[key] = id;
        }
        return id;
    }

    /// <summary>The id of a word, or -1 if no indexed record uses it (so it matches nothing).</summary>
    public int Find(string? word) => _ids.TryGetValue(Normalize(word), out var id) ? id : -1;

    internal static string Normalize(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return "";
        }
        var decomposed = word.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>"7112" → 7112; anything that is not a four-digit code → -1 (it shares no group with anything).</summary>
    internal static int Isco(string? code) =>
        code is { Length: 4 } && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
