namespace Reintegra.Matching;

/// <summary>
/// A date of birth as known: full, year only, year and month, or derived from an estimated age.
/// Impossible parts are dropped rather than rejected, so a typo never makes a record unusable.
/// </summary>
public readonly record struct BirthDate
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    /// <summary>True when the year comes from an estimated age: it is then only good to about ±1 year.</summary>
    public bool IsEstimated { get; }

    public bool IsKnown => Year != 0;
    public bool IsFull => Year != 0 && Month != 0 && Day != 0 && !IsEstimated;

    public BirthDate(int year, int month = 0, int day = 0, bool isEstimated = false)
    {
        if (year < MinYear || year > MaxYear)
        {
            return;
        }

        Year = year;
        IsEstimated = isEstimated;
        if (month is < 1 or > 12 || isEstimated)
        {
            return;
        }

        Month = month;
        if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            Day = day;
        }
    }

    public static BirthDate Unknown => default;

    public static BirthDate Full(int year, int month, int day) => new(year, month, day);

    public static BirthDate YearOnly(int year) => new(year);

    public static BirthDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static BirthDate FromEstimatedAge(int ageInYears, DateOnly asOf) =>
        ageInYears is < 0 or > 130 ? default : new(asOf.Year - ageInYears, isEstimated: true);

    /// <summary>Packs into yyyymmdd with zeros for unknown parts; used as a compact key.</summary>
    public int Packed => Year * 10000 + Month * 100 + Day;

    public override string ToString() => !IsKnown ? "?"
        : IsEstimated ? $"~{Year}"
        : Month == 0 ? $"{Year}"
        : Day == 0 ? $"{Year}-{Month:00}"
        : $"{Year}-{Month:00}-{Day:00}";
}
