using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Reintegra.Reference;

namespace Reintegra.Web.Web;

/// <summary>Choice lists for forms, labelled in the user's language; the region's countries come first.</summary>
public static class Choices
{
    private static readonly string[] RegionFirst = ["GT", "HN", "SV", "MX", "US", "NI", "CR", "PA", "BZ", "DO", "CA"];

    public static IEnumerable<SelectListItem> Countries(string? selected)
    {
        var lang = Display.UiLanguage;
        var region = RegionFirst.Select(c => Reference.Countries.Default.Find(c)!);
        var rest = Reference.Countries.Default.All.Where(c => !RegionFirst.Contains(c.Alpha2)).OrderBy(c => c.Name(lang), StringComparer.CurrentCulture);
        return region.Concat(rest).Select(c => new SelectListItem(c.Name(lang), c.Alpha2, string.Equals(c.Alpha2, selected, StringComparison.OrdinalIgnoreCase)));
    }

    public static IEnumerable<SelectListItem> Admin1(string country, string? selected) =>
        Places.Default.Admin1(country).Select(p => new SelectListItem(p.Name, p.PCode, string.Equals(p.PCode, selected, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<SelectListItem> Admin2(string? admin1, string? selected) =>
        string.IsNullOrEmpty(admin1) ? [] :
        Places.Default.Admin2(admin1).Select(p => new SelectListItem(p.Name, p.PCode, string.Equals(p.PCode, selected, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<SelectListItem> Enum<T>(IStringLocalizer text, T? selected) where T : struct, Enum =>
        System.Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(v => new SelectListItem(text.Enum(v), v.ToString(), selected is not null && selected.Value.Equals(v)));

    public static IEnumerable<SelectListItem> Languages(IEnumerable<string> selected) =>
        Reference.Languages.Default.All.Select(l => new SelectListItem(l.Name(Display.UiLanguage), l.Code, selected.Contains(l.Code)));
}
