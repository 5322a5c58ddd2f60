using Reintegra.Matching.Scoring;

namespace Reintegra.Matching;

/// <summary>
/// Estimates the model from data, as Splink does: u from random pairs (almost all are different people),
/// m either from labelled same-person pairs or by expectation-maximisation over the blocked candidate pairs,
/// the prior from either, and term-frequency tables for a cold index.
/// </summary>
public static class ModelTrainer
{
    private const double PseudoCount = 0.5;

    /// <summary>Trains a model on a registry. With <paramref name="personKey"/> (ground truth) m comes from labels; without it, from EM.</summary>
    /// <param name="records">The registry to learn from.</param>
    /// <param name="personKey">Ground truth: the person each record belongs to, when known.</param>
    /// <param name="start">Initial parameters (EM's starting point); defaults to <see cref="MatchModel.CreateDefault"/>.</param>
    /// <param name="seed">Seed of the random pair sample.</param>
    /// <param name="randomPairs">How many random pairs estimate u.</param>
    public static MatchModel Train(IReadOnlyList<IdentityRecord> records, Func<IdentityRecord, string>? personKey = null, MatchModel? start = null, int seed = 1, int randomPairs = 2_000_000)
    {
        ArgumentNullException.ThrowIfNull(records);
        var model = (start ?? MatchModel.CreateDefault()).Clone();
        using var index = new PersonIndex(model);
        index.AddRange(records);
        EstimateU(index, model, randomPairs, seed);
        if (personKey is not null)
        {
            var pairs = LabelledPairs(records, personKey, seed);
            EstimateMFromLabels(index, model, pairs);
            var clusters = records.GroupBy(personKey).Select(g => (double)g.Count()).ToList();
            var truePairs = clusters.Sum(c => c * (c - 1) / 2);
            double n = records.Count;
            model.Prior = Math.Max(truePairs / (n * (n - 1) / 2), 1e-12);
            model.TrainedOn = $"{records.Count} records, m from {pairs.Count} labelled pairs, u from random pairs";
        }
        else
        {
            var iterations = EstimateByExpectationMaximisation(index, model, seed: seed);
            model.TrainedOn = $"{records.Count} records, unsupervised: u from random pairs, m and prior by EM ({iterations} iterations)";
        }

        CaptureFrequencies(index, model);
        return model;
    }

    /// <summary>u per level from random pairs of people in the index.</summary>
    public static void EstimateU(PersonIndex index, MatchModel model, int samplePairs, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        var counts = NewCounts();
        var live = LiveSlots(index);
        if (live.Count < 2)
        {
            return;
        }

        var random = new Random(seed);
        Span<byte> levels = stackalloc byte[Levels.FieldCount];
        var pairs = (int)Math.Min(samplePairs, (long)live.Count * (live.Count - 1) / 2);
        for (var k = 0; k < pairs; k++)
        {
            var a = live[random.Next(live.Count)];
            var b = live[random.Next(live.Count)];
            if (a == b)
            {
                continue;
            }

            index.FillLevels(a, b, levels);
            for (var f = 0; f < levels.Length; f++)
            {
                counts[f][levels[f]]++;
            }
        }

        Apply(model, counts, (p, v) => p.U = v);
    }

    /// <summary>m per level from pairs known to be the same person.</summary>
    public static void EstimateMFromLabels(PersonIndex index, MatchModel model, IReadOnlyList<(string A, string B)> samePersonPairs)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(samePersonPairs);
        var counts = NewCounts();
        Span<byte> levels = stackalloc byte[Levels.FieldCount];
        foreach (var (a, b) in samePersonPairs)
        {
            if (!index.TryGetSlot(a, out var sa) || !index.TryGetSlot(b, out var sb))
            {
                continue;
            }

            index.FillLevels(sa, sb, levels);
            for (var f = 0; f < levels.Length; f++)
            {
                counts[f][levels[f]]++;
            }
        }

        Apply(model, counts, (p, v) => p.M = v);
    }

    /// <summary>
    /// m and the prior by EM over blocked candidate pairs, u held fixed (estimate it first). Fields used for
    /// blocking see only agreeing pairs, so their m is biased upwards; the documents and dates are not.
    /// </summary>
    /// <returns>The number of iterations run.</returns>
    public static int EstimateByExpectationMaximisation(PersonIndex index, MatchModel model, int maxIterations = 25, int maxPairs = 3_000_000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        var live = LiveSlots(index);
        var random = new Random(seed);
        var order = live.ToArray();
        random.Shuffle(order);
        var vectors = new List<byte>();
        var scratch = index.NewScratch();
        var candidates = new List<int>();
        Span<byte> levels = stackalloc byte[Levels.FieldCount];
        var visited = 0;
        foreach (var slot in order)
        {
            if (vectors.Count / Levels.FieldCount >= maxPairs)
            {
                break;
            }

            visited++;
            index.CandidatesOf(slot, scratch, candidates);
            foreach (var other in candidates)
            {
                index.FillLevels(slot, other, levels);
                foreach (var l in levels)
                {
                    vectors.Add(l);
                }
            }
        }

        var pairCount = vectors.Count / Levels.FieldCount;
        if (pairCount == 0)
        {
            return 0;
        }

        var u = ToTable(model, p => p.U);
        var m = ToTable(model, p => p.M);
        var lambda = 0.001;
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            var counts = NewCounts();
            double expectedMatches = 0;
            for (var k = 0; k < pairCount; k++)
            {
                double ratio = 1;
                for (var f = 0; f < Levels.FieldCount; f++)
                {
                    var l = vectors[k * Levels.FieldCount + f];
                    if (l != 0)
                    {
                        ratio *= m[f][l] / u[f][l];
                    }
                }

                var p = lambda * ratio / (lambda * ratio + (1 - lambda));
                expectedMatches += p;
                for (var f = 0; f < Levels.FieldCount; f++)
                {
                    counts[f][vectors[k * Levels.FieldCount + f]] += p;
                }
            }

            var newLambda = Math.Clamp(expectedMatches / pairCount, 1e-9, 1 - 1e-9);
            var change = Math.Abs(newLambda - lambda);
            lambda = newLambda;
            for (var f = 0; f < Levels.FieldCount; f++)
            {
                var normalised = Normalise(counts[f]);
                for (var l = 1; l < normalised.Length; l++)
                {
                    change = Math.Max(change, Math.Abs(normalised[l] - m[f][l]));
                    m[f][l] = normalised[l];
                }
            }

            if (change < 1e-5)
            {
                iteration++;
                break;
            }
        }

        for (var f = 0; f < Levels.FieldCount; f++)
        {
            foreach (var p in model.Comparisons[f].Levels)
            {
                var l = Levels.Find(f, p.Level);
                if (l > 0)
                {
                    p.M = m[f][l];
                }
            }
        }

        // Expected true pairs among all pairs, scaling up the share of records visited.
        double n = live.Count;
        var matchesAll = lambda * pairCount * (n / Math.Max(visited, 1));
        model.Prior = Math.Clamp(matchesAll / (n * (n - 1) / 2), 1e-12, 0.5);
        return iteration;
    }

    /// <summary>Stores the most common names' frequencies in the model, for an index too small to count its own.</summary>
    public static void CaptureFrequencies(PersonIndex index, MatchModel model, int top = 3000)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(model);
        var (given, surnames) = index.NameFrequencies(top);
        model.GivenNameFrequencies = given;
        model.SurnameFrequencies = surnames;
    }

    /// <summary>All pairs within each ground-truth person (capped for very large clusters).</summary>
    public static List<(string A, string B)> LabelledPairs(IEnumerable<IdentityRecord> records, Func<IdentityRecord, string> personKey, int seed = 1, int maxPerPerson = 45)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(personKey);
        var random = new Random(seed);
        var pairs = new List<(string, string)>();
        foreach (var group in records.GroupBy(personKey))
        {
            var ids = group.Select(r => r.Id).ToArray();
            var local = new List<(string, string)>();
            for (var i = 0; i < ids.Length; i++)
            {
                for (var j = i + 1; j < ids.Length; j++)
                {
                    local.Add((ids[i], ids[j]));
                }
            }

            if (local.Count > maxPerPerson)
            {
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(local));
                local.RemoveRange(maxPerPerson, local.Count - maxPerPerson);
            }

            pairs.AddRange(local);
        }

        return pairs;
    }

    private static List<int> LiveSlots(PersonIndex index)
    {
        var live = new List<int>(index.Count);
        for (var s = 0; s < index.SlotCount; s++)
        {
            if (index.IsLive(s))
            {
                live.Add(s);
            }
        }

        return live;
    }

    private static double[][] NewCounts()
    {
        var counts = new double[Levels.FieldCount][];
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            counts[f] = new double[Levels.Names[f].Length];
        }

        return counts;
    }

    /// <summary>Shares of the non-null levels, with a small pseudo-count so an unseen level is rare, not impossible.</summary>
    private static double[] Normalise(double[] counts)
    {
        var result = new double[counts.Length];
        double total = 0;
        for (var l = 1; l < counts.Length; l++)
        {
            total += counts[l] + PseudoCount;
        }

        for (var l = 1; l < counts.Length; l++)
        {
            result[l] = (counts[l] + PseudoCount) / total;
        }

        return result;
    }

    private static void Apply(MatchModel model, double[][] counts, Action<LevelParameters, double> set)
    {
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            var shares = Normalise(counts[f]);
            foreach (var p in model.Comparisons[f].Levels)
            {
                var l = Levels.Find(f, p.Level);
                if (l > 0)
                {
                    set(p, shares[l]);
                }
            }
        }
    }

    private static double[][] ToTable(MatchModel model, Func<LevelParameters, double> get)
    {
        var table = NewCounts();
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            foreach (var p in model.Comparisons[f].Levels)
            {
                var l = Levels.Find(f, p.Level);
                if (l > 0)
                {
                    table[f][l] = Math.Max(get(p), 1e-12);
                }
            }
        }

        return table;
    }
}
