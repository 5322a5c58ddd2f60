using System.Globalization;
using System.Text;

namespace Reintegra.Web.Domain;

/// <summary>
/// The form of a name or document number used for searching: lower case, no accents, letters and digits only,
/// single spaces. "José  Pérez-Xicará" and "JOSE PEREZ XICARA" give the same key.
/// </summary>
public static class SearchKey
{
    public const int MaxLength = 200;

    public static string Name(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark || ch is '\'' or '’' or 'ʼ')
            {
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
            if (sb.Length >= MaxLength)
            {
                break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Document numbers compare without spaces, dashes or case: "1234 56789 0101" equals "1234567890101".</summary>
    public static string Document(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }
        var sb = new StringBuilder(number.Length);
        foreach (var ch in number)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToUpperInvariant(ch));
            }
        }
        return sb.ToString();
    }

    /// <summary>The exclusive upper bound of a prefix range: keys k with prefix &lt;= k &lt; UpperBound(prefix) start with the prefix.</summary>
    public static string UpperBound(string prefix) => prefix + '\u007f';
}
