using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>How the catalogue's values read on a page, in the reader's language.</summary>
public static class CatalogueDisplay
{
    public static string CountryName(this IStringLocalizer<ProgrammesText> text, string? code) =>
        code is null || code == CatalogueChecks.Regional ? text["Country.Regional"] : Display.Country(code);

    public static string Money(decimal? amount, string? currency) =>
        amount is { } a ? $"{currency} {a.ToString("N2", CultureInfo.CurrentCulture)}".Trim() : "—";

    public static string Number(decimal? value) =>
        value is { } v ? v.ToString(v == decimal.Truncate(v) ? "N0" : "N2", CultureInfo.CurrentCulture) : "—";

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    public static string Date(DateTime? utc, LocalTime time) => utc is { } d ? time.FormatDate(d) : "—";

    public static string LanguageName(this IStringLocalizer<ProgrammesText> text, string language) => text["Language." + language];

    /// <summary>Options for a filter or form select: the enum's values, labelled, with an empty first option.</summary>
    public static IEnumerable<SelectListItem> Options<T>(this IStringLocalizer<ProgrammesText> text, T? selected, string emptyLabel) where T : struct, Enum =>
        new[] { new SelectListItem(emptyLabel, "") }.Concat(Choices.Enum(text, selected));

    /// <summary>Countries for a form: "Regional" first, then the region's countries and the rest.</summary>
    public static IEnumerable<SelectListItem> CountryOptions(this IStringLocalizer<ProgrammesText> text, string? selected, bool withRegional = true)
    {
        var first = new List<SelectListItem> { new(text["Form.ChooseCountry"], "") };
        if (withRegional)
        {
            first.Add(new SelectListItem(text["Country.Regional"], CatalogueChecks.Regional, string.Equals(selected, CatalogueChecks.Regional, StringComparison.OrdinalIgnoreCase)));
        }
        return first.Concat(Choices.Countries(selected));
    }

    /// <summary>Checkboxes for a [Flags] field (or a list of enum values), labelled, with the chosen ones ticked.</summary>
    public static IReadOnlyList<SelectListItem> FlagItems<T>(this IStringLocalizer<ProgrammesText> text, IEnumerable<T>? selected) where T : struct, Enum
    {
        var chosen = selected?.ToHashSet() ?? [];
        return Enum.GetValues<T>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
            .Select(v => new SelectListItem(text.Enum(v), v.ToString(), chosen.Contains(v))).ToList();
    }

    public static string StatusBadge(EntryStatus status) => status switch
    {
        EntryStatus.Published => "badge-ok",
        EntryStatus.Submitted => "badge-info",
        EntryStatus.ChangesRequested => "badge-warn",
        _ => "",
    };

    public static string StatusBadge(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Completed => "badge-ok",
        RecommendationStatus.InProgress => "badge-info",
        RecommendationStatus.Stalled => "badge-danger",
        _ => "",
    };
}
