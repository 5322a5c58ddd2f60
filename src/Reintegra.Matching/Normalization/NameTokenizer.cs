using System.Globalization;
using System.Text;

namespace Reintegra.Matching.Normalization;

/// <summary>A folded name token; <see cref="Abbreviated"/> is set when a full stop followed it ("Ma.", "J.").</summary>
internal readonly record struct NameToken(string Text, bool Abbreviated);

/// <summary>
/// Folds a typed name to lower-case tokens without accents: "Ma. Guadalupe", "NÚÑEZ-de la O", "Tz'ul".
/// Letters of any script are kept (a name in another script still matches itself); apostrophes inside
/// Mayan names are dropped so that "K'iche'" and "Kiche" agree; everything else separates tokens.
/// </summary>
internal static class NameTokenizer
{
    /// <summary>Longer input is cut: nobody's names are longer, and it bounds the work per record.</summary>
    public const int MaxInputLength = 200;
    public const int MaxTokenLength = 30;
    public const int MaxTokens = 8;

    public static List<NameToken> Tokenize(string? text)
    {
        var tokens = new List<NameToken>(4);
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var folded = Decompose(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        Span<char> current = stackalloc char[MaxTokenLength];
        var length = 0;
        foreach (var c in folded)
        {
            if (tokens.Count >= MaxTokens)
            {
                break;
            }

            if (IsApostrophe(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                var lower = char.ToLowerInvariant(c);
                if (Expand(lower) is { } expansion)
                {
                    foreach (var m in expansion)
                    {
                        if (length < MaxTokenLength)
                        {
                            current[length++] = m;
                        }
                    }
                }
                else if (length < MaxTokenLength)
                {
                    current[length++] = lower;
                }

                continue;
            }

            if (length > 0)
            {
                tokens.Add(new NameToken(new string(current[..length]), c == '.'));
                length = 0;
            }
        }

        if (length > 0 && tokens.Count < MaxTokens)
        {
            tokens.Add(new NameToken(new string(current[..length]), false));
        }

        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4';

    /// <summary>Letters whose accents compatibility decomposition does not remove.</summary>
    private static string? Expand(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'ı' => "i",
        'þ' => "th",
        _ => null,
    };

    /// <summary>NFKD splits accents from letters; lone surrogates are replaced first because Normalize throws on them.</summary>
    private static string Decompose(string text)
    {
        var clean = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                clean = ReplaceSurrogates(text);
                break;
            }
        }

        try
        {
            return clean.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return clean;
        }
    }

    // Characters outside the Basic Multilingual Plane are rare in names and are dropped rather than half-kept.
    private static string ReplaceSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogate(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
