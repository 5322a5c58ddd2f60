using System.Globalization;

namespace Reintegra.Synthetic;

/// <summary>
/// Document numbers in each country's real format, so that importers and validators meet realistic input.
/// None of them belongs to a real person: serials are random.
/// </summary>
internal static class IdentityNumbers
{
    /// <summary>
    /// Guatemala's CUI (printed on the DPI): 8-digit serial, a check digit (sum of digit × (position + 2), mod 11; a
    /// remainder of 10 is never issued), then the 2-digit department and 2-digit municipality of registration, which
    /// are the digits of the OCHA P-code (GT1326 → 1326). Format as implemented by public validators, e.g. cui-gt.
    /// </summary>
    public static string GuatemalaCui(Rng rng, string admin2PCode)
    {
        Span<char> digits = stackalloc char[13];
        int check;
        do
        {
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                var d = i == 0 ? rng.Next(1, 4) : rng.Next(10);
                digits[i] = (char)('0' + d);
                sum += d * (i + 2);
            }
            check = sum % 11;
        }
        while (check == 10);
        digits[8] = (char)('0' + check);
        admin2PCode.AsSpan(2, 4).CopyTo(digits[9..]);
        return new string(digits);
    }

    public static bool IsValidGuatemalaCui(string cui)
    {
        if (cui.Length != 13 || !cui.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (cui[i] - '0') * (i + 2);
        }
        return sum % 11 == cui[8] - '0';
    }

    /// <summary>
    /// Honduras' DNI: 4 digits of the municipality of registration (the P-code digits: HN0801 → 0801), 4 digits of the
    /// year of birth registration, and a 5-digit serial, written 0801-1990-12345 (general knowledge; no check digit).
    /// </summary>
    public static string HondurasDni(Rng rng, string admin2PCode, int registrationYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{admin2PCode.AsSpan(2, 4)}{registrationYear:D4}{rng.Next(1, 100000):D5}");

    /// <summary>
    /// El Salvador's DUI: 8 digits and a check digit, written 01234567-8. The check digit makes
    /// (sum of digit × (9 − position) + check) a multiple of 10, as public validators implement it.
    /// </summary>
    public static string ElSalvadorDui(Rng rng)
    {
        Span<char> digits = stackalloc char[10];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var d = i == 0 ? (rng.Chance(0.9) ? 0 : 1) : rng.Next(10);
            digits[i] = (char)('0' + d);
            sum += d * (9 - i);
        }
        digits[8] = '-';
        digits[9] = (char)('0' + (10 - sum % 10) % 10);
        return new string(digits);
    }

    public static bool IsValidElSalvadorDui(string dui)
    {
        if (dui.Length != 10 || dui[8] != '-')
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (dui[i] - '0') * (9 - i);
        }
        return (sum + dui[9] - '0') % 10 == 0;
    }

    /// <summary>Passport numbers: the shapes are illustrative, not verified against the issuing authorities.</summary>
    public static string Passport(Rng rng, string country) => country switch
    {
        "GT" => string.Create(CultureInfo.InvariantCulture, $"{rng.Next(100_000_000, 400_000_000)}"),
        "HN" => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + rng.Next(5))}{rng.Next(1_000_000, 10_000_000)}"),
        "SV" => string.Create(CultureInfo.InvariantCulture, $"B{rng.Next(10_000_000, 100_000_000)}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{rng.Next(500_000_000, 700_000_000)}"),
    };

    /// <summary>Consular identity cards: illustrative shape.</summary>
    public static string ConsularId(Rng rng, string country) =>
        string.Create(CultureInfo.InvariantCulture, $"{country}C{rng.Next(10_000_000, 100_000_000)}");

    /// <summary>El Salvador's birth certificates are cited by entry, folio and book of the municipal register.</summary>
    public static string ElSalvadorBirthCertificate(Rng rng, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"Partida {rng.Next(1, 400)} Folio {rng.Next(1, 400)} Libro {rng.Next(1, 40)} de {year}");

    /// <summary>A US state birth certificate file number (illustrative shape).</summary>
    public static string UnitedStatesBirthCertificate(Rng rng, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{rng.Next(100, 200)}-{year}-{rng.Next(1, 1_000_000):D6}");

    /// <summary>Mobile numbers in national format, e.g. 5123-4567; the leading digits are the countries' mobile ranges.</summary>
    public static string Phone(Rng rng, string leadingDigits)
    {
        var lead = leadingDigits[rng.Next((leadingDigits.Length + 1) / 2) * 2];
        return string.Create(CultureInfo.InvariantCulture, $"{lead}{rng.Next(0, 1000):D3}-{rng.Next(0, 10000):D4}");
    }
}
