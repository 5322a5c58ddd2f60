using System.Globalization;

namespace Reintegra.Bench.Kit;

/// <summary>Timings in milliseconds summarised as percentiles (nearest rank), with markdown table cells.</summary>
public sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new(0, 0, 0, 0, 0, 0);
        }
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, sorted.Average(), At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    /// <summary>Count, mean and percentiles as markdown cells, with one decimal (round trips) or more (in-memory work).</summary>
    public string Cells(int decimals = 1)
    {
        var f = "0." + new string('0', Math.Clamp(decimals, 1, 6));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Count:N0} | {Mean.ToString(f, CultureInfo.InvariantCulture)} | {P50.ToString(f, CultureInfo.InvariantCulture)} | {P95.ToString(f, CultureInfo.InvariantCulture)} | {P99.ToString(f, CultureInfo.InvariantCulture)} | {Max.ToString(f, CultureInfo.InvariantCulture)}");
    }

    /// <summary>The header cells matching <see cref="Cells"/>; <paramref name="counted"/> names what was timed ("requests", "questions").</summary>
    public static string Header(string counted) => $"{counted} | mean ms | p50 ms | p95 ms | p99 ms | max ms";

    public const string Align = "---: | ---: | ---: | ---: | ---: | ---:";
}
