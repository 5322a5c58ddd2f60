using System.Globalization;

namespace Reintegra.Reception.Bench.Measure;

/// <summary>Round-trip percentiles in milliseconds (nearest rank).</summary>
internal sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
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

    public string Cells => string.Create(CultureInfo.InvariantCulture,
        $"{Count:N0} | {Mean:0.0} | {P50:0.0} | {P95:0.0} | {P99:0.0} | {Max:0.0}");

    public const string HeaderCells = "requests | mean ms | p50 ms | p95 ms | p99 ms | max ms";

    public const string AlignCells = "---: | ---: | ---: | ---: | ---: | ---:";
}
