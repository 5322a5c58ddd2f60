using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>
/// Amounts are stored as whole cents (<c>long</c>) with an ISO 4217 currency: exact, and ordered and summed the same
/// way by SQLite and PostgreSQL. The API and forms speak in units with at most two decimals.
/// </summary>
public static class Money
{
    public const decimal MaxAmount = 10_000_000m;

    /// <summary>The currencies of the region and of the funds that work in it.</summary>
    public static readonly IReadOnlyList<string> Currencies = ["USD", "MXN", "GTQ", "HNL", "NIO", "CRC", "PAB", "BZD", "DOP", "CAD", "EUR"];

    public static decimal ToUnits(long cents) => cents / 100m;

    public static string Format(long cents, string currency) =>
        currency + " " + ToUnits(cents).ToString("N2", Numbers);

    /// <summary>
    /// Amounts are written as the region writes them: 1,150.00 in Mexico, Guatemala, Honduras, El Salvador, Nicaragua,
    /// Panama and the Dominican Republic, not the 1.150,00 of neutral Spanish.
    /// </summary>
    public static CultureInfo Numbers => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? CultureInfo.GetCultureInfo("en")
        : CultureInfo.GetCultureInfo("es-MX");

    /// <summary>Reads an amount into cents; a missing one is zero unless required. Errors go to <paramref name="checks"/>.</summary>
    public static long Cents(this Checks checks, string field, decimal? amount, bool required = false)
    {
        if (amount is null)
        {
            if (required)
            {
                checks.Add(field, "Validation.Required");
            }
            return 0;
        }
        var value = amount.Value;
        if (value < 0 || value > MaxAmount)
        {
            checks.Add(field, "Avr.AmountRange", MaxAmount.ToString("N0", Numbers));
            return 0;
        }
        if (decimal.Round(value, 2) != value)
        {
            checks.Add(field, "Avr.AmountCents");
            return 0;
        }
        return (long)(value * 100m);
    }

    public static bool Currency(this Checks checks, string field, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            checks.Add(field, "Validation.Required");
            return false;
        }
        if (!Currencies.Contains(code.Trim().ToUpperInvariant()))
        {
            checks.Add(field, "Avr.UnknownCurrency");
            return false;
        }
        return true;
    }
}

/// <summary>
/// Binds amounts typed into forms the way browsers send a number field ("1250.50"), whatever the page's language:
/// in Spanish "1.250" would otherwise read as one thousand two hundred and fifty.
/// </summary>
public sealed class InvariantDecimalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var raw = context.ValueProvider.GetValue(context.ModelName).FirstValue;
        if (string.IsNullOrWhiteSpace(raw))
        {
            context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (decimal.TryParse(raw.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            context.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        context.ModelState.TryAddModelError(context.ModelName, text["Avr.AmountFormat"]);
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
