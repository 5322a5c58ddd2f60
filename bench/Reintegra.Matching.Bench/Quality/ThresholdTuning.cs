namespace Reintegra.Matching.Bench.Quality;

/// <summary>Chooses the band thresholds on tuning data only; they are then applied unchanged to the report data.</summary>
internal static class ThresholdTuning
{
    /// <summary>
    /// "Same person": the lowest match weight at which the proposals above it are still at least
    /// <paramref name="targetPrecision"/> correct. "Ask": low enough that <paramref name="askRecall"/> of the
    /// repeats found at rank 1 reach at least the ask band.
    /// </summary>
    public static (double SamePersonBits, double AskBits) Tune(IReadOnlyList<LookupOutcome> outcomes, double targetPrecision = 0.998, double askRecall = 0.995)
    {
        var eligible = outcomes.Where(o => o.Found > 0 && !o.TopGuarded).OrderByDescending(o => o.TopWeight).ToList();
        var samePerson = eligible.Count > 0 ? eligible[0].TopWeight : 30;
        var correct = 0;
        for (var i = 0; i < eligible.Count; i++)
        {
            correct += eligible[i].TopCorrect ? 1 : 0;
            var last = i + 1 == eligible.Count || eligible[i + 1].TopWeight < eligible[i].TopWeight;
            if (last && correct / (double)(i + 1) >= targetPrecision)
            {
                samePerson = eligible[i].TopWeight;
            }
        }

        var found = outcomes.Where(o => o.TruthRank == 1).Select(o => o.TopWeight).Order().ToList();
        var ask = found.Count == 0 ? 0 : found[(int)Math.Floor((1 - askRecall) * found.Count)];
        return (samePerson, Math.Min(ask, samePerson));
    }

    public static double Probability(double bits) => 1 / (1 + Math.Pow(2, -bits));

    public static double Bits(double probability) => Math.Log2(probability / (1 - probability));
}
