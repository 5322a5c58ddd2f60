using System.Globalization;
using System.Text;

namespace Reintegra.Web.Domain;

/// <summary>
/// The search form of catalogue text: lower case, no accents, words separated by single spaces, so that "reintegracion"
/// finds "Reintegración" on SQLite and PostgreSQL alike with a plain substring match.
/// </summary>
public static class CatalogueSearch
{
    public const int MaxLength = 3000;

    public static string Key(params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }
            var pendingSpace = sb.Length > 0;
            foreach (var ch in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }
                if (!char.IsLetterOrDigit(ch))
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }
                sb.Append(char.ToLowerInvariant(ch));
                if (sb.Length >= MaxLength)
                {
                    return sb.ToString();
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>The words of a query in the same form; at most five.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        Key(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(5).ToList();
}
