using System.Globalization;
using System.Text.RegularExpressions;
using Reintegra.Reference;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>What every catalogue form asks: title, text, language and translation, tags and source.</summary>
public class EntryInput
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>"es" or "en": the language the entry is written in.</summary>
    public string? Language { get; set; }

    public string? TranslatedTitle { get; set; }

    public string? TranslatedSummary { get; set; }

    public List<ReintegrationLevels>? Levels { get; set; }

    public List<ReintegrationDimensions>? Dimensions { get; set; }

    public List<TargetGroups>? TargetGroups { get; set; }

    public string? Source { get; set; }

    /// <summary>The version of the entry that was read; required to save changes.</summary>
    public int? Version { get; set; }
}

/// <summary>
/// Validation shared by the catalogue's handlers, on top of <see cref="Checks"/>. Everything in the catalogue may end up
/// on the public portal, so free text refuses e-mail addresses and international phone numbers: the contact of an entry
/// is its institution, never a person.
/// </summary>
public static partial class CatalogueChecks
{
    public const string Regional = "regional";

    public static readonly string[] Currencies = ["USD", "EUR", "CAD", "MXN", "GTQ", "HNL", "NIO", "CRC", "PAB", "BZD", "DOP", "COP"];

    public static EntryContent Common(this Checks checks, EntryInput input, bool oneLevel = false)
    {
        checks.PublicText("title", input.Title, CatalogueLimits.Title, required: true);
        checks.PublicText("summary", input.Summary, CatalogueLimits.Text, required: true);
        var language = input.Language?.Trim().ToLowerInvariant();
        if (checks.Required("language", language) && language is not ("es" or "en"))
        {
            checks.Add("language", "Validation.UnknownOption");
        }
        checks.PublicText("translatedTitle", input.TranslatedTitle, CatalogueLimits.Title);
        checks.PublicText("translatedSummary", input.TranslatedSummary, CatalogueLimits.Text);
        var levels = checks.AtLeastOne("levels", input.Levels);
        if (oneLevel && levels is not (ReintegrationLevels.None or ReintegrationLevels.Individual or ReintegrationLevels.Community or ReintegrationLevels.Structural))
        {
            checks.Add("levels", "Validation.OneOnly");
        }
        var dimensions = checks.AtLeastOne("dimensions", input.Dimensions);
        var groups = checks.Flags("targetGroups", input.TargetGroups ?? []);
        checks.PublicText("source", input.Source, 400);
        return new EntryContent(input.Title?.Trim() ?? "", input.Summary?.Trim() ?? "", language ?? "es", input.TranslatedTitle, input.TranslatedSummary,
            levels, dimensions, groups, input.Source);
    }

    /// <summary>Free text that will be public: limits, no control characters, no e-mail addresses or phone numbers.</summary>
    public static bool PublicText(this Checks checks, string field, string? value, int max, bool required = false)
    {
        if (!checks.Text(field, value, max, required))
        {
            return false;
        }
        if (value is not null && (Email().IsMatch(value) || Phone().IsMatch(value)))
        {
            checks.Add(field, "Validation.ContactDetails");
            return false;
        }
        return true;
    }

    public static T AtLeastOne<T>(this Checks checks, string field, IReadOnlyCollection<T>? values) where T : struct, Enum
    {
        if (values is null || values.Count == 0)
        {
            checks.Add(field, "Validation.ChooseAtLeastOne");
            return default;
        }
        return checks.Flags(field, values);
    }

    /// <summary>"regional" (stored as null) or a country code; required.</summary>
    public static string? CountryOrRegional(this Checks checks, string field, string? value)
    {
        if (string.Equals(value?.Trim(), Regional, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return checks.Country(field, value, required: true) ? value!.Trim().ToUpperInvariant() : null;
    }

    public static void Amount(this Checks checks, string field, decimal? amount, bool required)
    {
        if (amount is null)
        {
            if (required)
            {
                checks.Add(field, "Validation.Required");
            }
            return;
        }
        if (amount < 0 || amount > CatalogueLimits.MaxAmount || decimal.Round(amount.Value, 2) != amount)
        {
            checks.Add(field, "Validation.Amount");
        }
    }

    public static void Currency(this Checks checks, string field, string? currency, bool required)
    {
        if (string.IsNullOrWhiteSpace(currency))
        {
            if (required)
            {
                checks.Add(field, "Validation.Required");
            }
            return;
        }
        if (!Currencies.Contains(currency.Trim().ToUpperInvariant()))
        {
            checks.Add(field, "Validation.UnknownOption");
        }
    }

    public static void DateWithin(this Checks checks, string field, DateOnly? date, DateOnly earliest, DateOnly latest)
    {
        if (date is { } d && (d < earliest || d > latest))
        {
            checks.Add(field, "Validation.Range", earliest.ToString("d", CultureInfo.CurrentCulture), latest.ToString("d", CultureInfo.CurrentCulture));
        }
    }

    /// <summary>Admin-1 or admin-2 P-codes of one country (any covered country for a regional entry).</summary>
    public static IReadOnlyList<string> PCodes(this Checks checks, string field, IReadOnlyList<string>? codes, string? country)
    {
        var list = (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (list.Count > CatalogueLimits.MaxCoverage)
        {
            checks.Add(field, "Validation.TooMany", CatalogueLimits.MaxCoverage);
            return [];
        }
        for (var i = 0; i < list.Count; i++)
        {
            var place = Places.Default.Find(list[i]);
            if (place is not { Level: 1 or 2 } || (country is not null && !string.Equals(place.CountryAlpha2, country, StringComparison.OrdinalIgnoreCase)))
            {
                checks.Add($"{field}[{i}]", "Validation.UnknownPCode");
            }
        }
        return list;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+\s?\d{1,3}[\s\-.]?\(?\d{2,4}\)?[\s\-.]?\d{3,4}[\s\-.]?\d{3,4}")]
    private static partial Regex Phone();
}

public static class CatalogueLimits
{
    public const int Title = 200;
    public const int Text = 4000;
    public const int MaxCoverage = 100;
    public const int MaxIndicators = 20;
    public const decimal MaxAmount = 1_000_000_000_000m;
}
