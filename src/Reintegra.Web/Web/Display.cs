using Microsoft.Extensions.Localization;
using Reintegra.Reference;

namespace Reintegra.Web.Web;

/// <summary>Labels for stored codes in the user's language: enum values, countries, places, languages.</summary>
public static class Display
{
    private static bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Enum<T>(this IStringLocalizer localizer, T value) where T : struct, Enum =>
        localizer[$"Enum.{typeof(T).Name}.{value}"];

    public static string Enum<T>(this IStringLocalizer localizer, T? value) where T : struct, Enum =>
        value is { } v ? localizer.Enum(v) : "—";

    /// <summary>Every set flag of a [Flags] value, each translated.</summary>
    public static IEnumerable<string> Flags<T>(this IStringLocalizer localizer, T value) where T : struct, Enum
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var flag in System.Enum.GetValues<T>())
        {
            var f = Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            if (f != 0 && (bits & f) == f)
            {
                yield return localizer.Enum(flag);
            }
        }
    }

    public static string Country(string? code) =>
        Countries.Default.Find(code) is { } c ? c.Name(English ? "en" : "es") : code ?? "—";

    public static string Place(string? pcode) =>
        Places.Default.Find(pcode)?.Name ?? pcode ?? "—";

    public static string Language(string code) =>
        Languages.Default.Find(code) is { } l ? l.Name(English ? "en" : "es") : code;

    public static string UiLanguage => English ? "en" : "es";
}
