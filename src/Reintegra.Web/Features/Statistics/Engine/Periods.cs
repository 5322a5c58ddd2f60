using System.Globalization;

namespace Reintegra.Web.Features.Statistics.Engine;

/// <summary>
/// The periods inside one calendar year, as one small tree: node 0 is the year, 1-4 the quarters, 5-16 the months.
/// Figures are published for a year, a quarter or a month; never for an arbitrary range, so that two ranges
/// cannot be subtracted to isolate a few days.
/// </summary>
public static class Periods
{
    public const int Count = 17;
    public const int Year = 0;

    public static int Quarter(int quarter) => quarter;

    public static int Month(int month) => 4 + month;

    public static int Parent(int node) => node switch
    {
        Year => -1,
        <= 4 => Year,
        _ => 1 + (node - 5) / 3,
    };

    public static IEnumerable<int> Children(int node) => node switch
    {
        Year => [1, 2, 3, 4],
        <= 4 => [Month((node - 1) * 3 + 1), Month((node - 1) * 3 + 2), Month((node - 1) * 3 + 3)],
        _ => [],
    };

    public static int[] SelfAndAncestors(int node) => node switch
    {
        Year => [Year],
        <= 4 => [node, Year],
        _ => [node, Parent(node), Year],
    };

    /// <summary>The months (1-12) a period node covers.</summary>
    public static IEnumerable<int> MonthsOf(int node) => node switch
    {
        Year => Enumerable.Range(1, 12),
        <= 4 => Enumerable.Range((node - 1) * 3 + 1, 3),
        _ => [node - 4],
    };
}

/// <summary>A published period: a year, a quarter or a month of a year ("2025", "2025-Q1", "2025-03").</summary>
public readonly record struct Period(int Year, int Node)
{
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim().ToUpperInvariant();
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
        {
            period = new Period(y, Periods.Year);
            return true;
        }
        if (t.Length == 7 && t[4] == '-' && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is >= 1990 and <= 2100)
        {
            if (t[5] == 'Q' && t[6] is >= '1' and <= '4')
            {
                period = new Period(y, Periods.Quarter(t[6] - '0'));
                return true;
            }
            if (int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                period = new Period(y, Periods.Month(m));
                return true;
            }
        }
        return false;
    }

    public bool IsYear => Node == Periods.Year;

    public bool IsQuarter => Node is >= 1 and <= 4;

    public bool IsMonth => Node >= 5;

    public Period PreviousYear => this with { Year = Year - 1 };

    public DateOnly Start => new(Year, Periods.MonthsOf(Node).First(), 1);

    public DateOnly End => new DateOnly(Year, Periods.MonthsOf(Node).Last(), 1).AddMonths(1).AddDays(-1);

    public override string ToString() => Node switch
    {
        Periods.Year => Year.ToString(CultureInfo.InvariantCulture),
        <= 4 => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Node}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Node - 4:D2}"),
    };
}
