namespace Reintegra.Synthetic;

public sealed record GeneratorOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Countries of return, ISO alpha-2. Supported: GT, HN, SV.</summary>
    public IReadOnlyList<string> Countries { get; init; } = ["GT", "HN", "SV"];

    /// <summary>Restricts arrivals to these modes ("air", "land"); empty means both, at each country's usual share.</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];

    public DateTime StartUtc { get; init; } = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public DateTime EndUtc { get; init; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Share of seats in an arrival taken by someone who returned earlier in the same stream (once earlier people exist).</summary>
    public double RepeatReturnShare { get; init; } = 0.15;

    /// <summary>How often each variation appears on a repeat record (among the records where it can apply).</summary>
    public VariationRates Variations { get; init; } = new();
}

/// <summary>
/// Probabilities of each recording variation on a repeat return. They are independent, so one record can carry several.
/// Each applies only where it can: a compound given name to shorten, an adult woman for a married name, a day of 12 or less to swap.
/// The defaults are estimates (see README), tuned so that a matcher meets every kind often enough to be scored on it.
/// </summary>
public sealed record VariationRates
{
    public double AccentsDropped { get; init; } = 0.35;
    public double Typo { get; init; } = 0.08;
    public double PhoneticSpelling { get; init; } = 0.08;
    public double SecondSurnameMissing { get; init; } = 0.12;
    public double SurnamesSwapped { get; init; } = 0.04;
    public double GivenNameShortened { get; init; } = 0.20;
    public double Nickname { get; init; } = 0.03;
    public double MarriedName { get; init; } = 0.15;
    public double SurnamesJoined { get; init; } = 0.03;
    public double DateDayMonthSwapped { get; init; } = 0.04;
    public double DateYearOnly { get; init; } = 0.05;
    public double DateAgeOnly { get; init; } = 0.03;
    public double DateDefaultedToJanuaryFirst { get; init; } = 0.02;
    public double NewDocument { get; init; } = 0.25;
    public double NoDocument { get; init; } = 0.20;

    /// <summary>No variation at all: every repeat is recorded exactly like the canonical identity.</summary>
    public static VariationRates None { get; } = new()
    {
        AccentsDropped = 0,
        Typo = 0,
        PhoneticSpelling = 0,
        SecondSurnameMissing = 0,
        SurnamesSwapped = 0,
        GivenNameShortened = 0,
        Nickname = 0,
        MarriedName = 0,
        SurnamesJoined = 0,
        DateDayMonthSwapped = 0,
        DateYearOnly = 0,
        DateAgeOnly = 0,
        DateDefaultedToJanuaryFirst = 0,
        NewDocument = 0,
        NoDocument = 0,
    };
}
