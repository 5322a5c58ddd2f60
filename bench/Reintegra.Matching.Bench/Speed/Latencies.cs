using System.Globalization;

namespace Reintegra.Matching.Bench.Speed;

/// <summary>Latency percentiles in milliseconds (nearest-rank).</summary>
internal sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, sorted.Average(), At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count:N0} | {Mean:0.00} | {P50:0.00} | **{P95:0.00}** | {P99:0.00} | {Max:0.00} |");

    public const string Header = "| engine | lookups | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |";
}
